// XML escaping for the GraphML and GEXF writers. Newline, CR and tab are written as character references, since an
// XML parser turns a raw CR into a newline (and, in attributes, every newline and tab into a space): names keep them.
// Characters XML 1.0 cannot hold at all (other C0 controls, U+FFFE, U+FFFF) are dropped, as each file's header says.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlContent(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function xmlAttr(value: string): string {
  return xmlContent(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export const SG_NS = 'https://scamgraph.org/ns/interop/1';

export const XML_LEAVES_OUT = 'control characters XML 1.0 cannot hold (U+0000-U+001F other than tab, newline and CR; U+FFFE, U+FFFF)';
