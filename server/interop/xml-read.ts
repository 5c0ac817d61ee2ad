// A small element tree over fast-xml-parser (pure JS, runs in the browser too): attributes as text, every child
// element in a list by tag, text untrimmed, character references decoded (so &#13; comes back as CR).
import { XMLParser } from 'fast-xml-parser';
import { InteropReadError } from './model.ts';

export interface XmlElement { attrs: Record<string, string>; children: Record<string, XmlElement[]>; text: string }

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '', attributesGroupName: '@', trimValues: false, parseTagValue: false,
  parseAttributeValue: false, processEntities: true, htmlEntities: true, removeNSPrefix: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

function toElement(raw: unknown): XmlElement {
  if (typeof raw === 'string') return { attrs: {}, children: {}, text: raw };
  const o = (raw ?? {}) as Record<string, unknown>;
  const el: XmlElement = { attrs: (o['@'] as Record<string, string>) ?? {}, children: {}, text: '' };
  for (const [k, v] of Object.entries(o)) {
    if (k === '@') continue;
    if (k === '#text') el.text = String(Array.isArray(v) ? v.join('') : v);
    else el.children[k] = (v as unknown[]).map(toElement);
  }
  return el;
}

/** Parses the document and returns its root element, which must be `root` (any namespace prefix). */
export function parseXml(file: string, text: string, root: string): XmlElement {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text, true) as Record<string, unknown>;
  } catch (err) {
    throw new InteropReadError(file, 'the document', undefined, `is not well-formed XML (${(err as Error).message})`);
  }
  const name = Object.keys(doc).find((k) => k.split(':').pop() === root);
  if (!name) throw new InteropReadError(file, 'the document', undefined, `has no <${root}> root element`);
  return toElement((doc[name] as unknown[])[0]);
}

export function childrenOf(el: XmlElement, tag: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const [k, v] of Object.entries(el.children)) if (k.split(':').pop() === tag) out.push(...v);
  return out;
}

export const textContent = (el: XmlElement): string => el.text;
