// Which host names this server answers to. One list serves the Host check (DNS rebinding) and the Origin check
// (CSRF), so a name is either trusted for both or for neither.

/** A host as a browser writes it in Host or Origin: name (lower case, IPv6 in brackets) and port, if given. */
export interface HostPort {
  name: string;
  port?: number;
}

/** Loopback names a browser only reaches on this machine, whatever DNS says. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

const NAME = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/;

/** `name`, `name:port` or `[v6]:port` -> its parts; undefined when it is not a host. */
export function parseHost(text: string): HostPort | undefined {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  const name = m[1]!.replace(/\.$/, ''); // "localhost." is localhost
  if (!NAME.test(name)) return undefined;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { name, port };
}

/** Why an ALLOWED_HOSTS entry is not one, in words for the configuration message; undefined when it is fine. */
export function hostEntryProblem(entry: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(entry)) return 'is a URL: give only the host name (and port), e.g. scamgraph.example or scamgraph.example:8443';
  if (/[/*?#@\s]/.test(entry)) return 'is not a host name: no paths, wildcards or spaces (e.g. scamgraph.example)';
  return parseHost(entry) ? undefined : 'is not a host name or host:port';
}

export function isLoopbackAddress(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export interface HostRules {
  /** ALLOWED_HOSTS entries; one without a port allows that name on any port (as behind a proxy on 443). */
  allowedHosts: string[];
  /** The configured PORT; loopback names are allowed with it and with the port a request actually arrived on. */
  port?: number;
  /** The configured HOST: a specific address is allowed with the port too (0.0.0.0 and :: name no one). */
  listenHost?: string;
}

/** A predicate over (host, the local port the request came in on), built once from the rules. */
export function hostMatcher(rules: HostRules): (host: HostPort, localPort: number | undefined) => boolean {
  const extra = rules.allowedHosts.map(parseHost).filter((h): h is HostPort => h !== undefined);
  const listen = rules.listenHost ? parseHost(rules.listenHost.includes(':') && !rules.listenHost.startsWith('[') ? `[${rules.listenHost}]` : rules.listenHost) : undefined;
  const own = listen && !['0.0.0.0', '[::]'].includes(listen.name) && !LOOPBACK_NAMES.has(listen.name) ? listen.name : undefined;
  return (host, localPort) => {
    const ports = [rules.port, localPort].filter((p): p is number => p !== undefined);
    // No port in Host means the scheme's default; this server only ever speaks plain HTTP itself.
    const port = host.port ?? 80;
    if ((LOOPBACK_NAMES.has(host.name) || host.name === own) && ports.includes(port)) return true;
    return extra.some((e) => e.name === host.name && (e.port === undefined || e.port === port));
  };
}
