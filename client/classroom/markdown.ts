// A tiny, safe Markdown subset for narration: paragraphs, **bold**, *italic*, lists and http(s) links. Everything else is text.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Emphasis on text that is already escaped, so the only tags in the output are the ones added here. */
function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '<em>$1</em>');
}

// Only absolute http(s) URLs become links: no javascript:, data: or relative ones.
const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s()<>"']+)\)/g;

export function renderInline(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    out += emphasis(escapeHtml(text.slice(last, match.index)));
    out += `<a href="${escapeHtml(match[2]!)}" target="_blank" rel="noopener noreferrer">${emphasis(escapeHtml(match[1]!))}</a>`;
    last = match.index + match[0].length;
  }
  return out + emphasis(escapeHtml(text.slice(last)));
}

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

function blocks(source: string): Block[] {
  const out: Block[] = [];
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const current = out.at(-1);
    if (!line.trim()) {
      out.push({ kind: 'p', lines: [] });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const kind = bullet ? 'ul' : numbered ? 'ol' : undefined;
    if (kind) {
      const item = (bullet ?? numbered)![1]!;
      if (current?.kind === kind) current.items.push(item);
      else out.push({ kind, items: [item] });
    } else if (current && current.kind !== 'p' && /^\s{2,}\S/.test(line)) {
      // An indented line continues the list item above it.
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    } else if (current?.kind === 'p') current.lines.push(line.trim());
    else out.push({ kind: 'p', lines: [line.trim()] });
  }
  return out.filter((b) => (b.kind === 'p' ? b.lines.length > 0 : b.items.length > 0));
}

/** HTML that is safe to assign to innerHTML: all source text is escaped before any tag is added. */
export function renderMarkdown(source: string): string {
  return blocks(source).map((b) => (b.kind === 'p'
    ? `<p>${renderInline(b.lines.join(' '))}</p>`
    : `<${b.kind}>${b.items.map((i) => `<li>${renderInline(i)}</li>`).join('')}</${b.kind}>`)).join('\n');
}
