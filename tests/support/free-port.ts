// A port nothing listens on, for tests that start a Neo4j or an app of their own.
import net, { type AddressInfo } from 'node:net';

export async function freePort(): Promise<number> {
  const srv = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}
