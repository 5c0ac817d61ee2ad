// A synthetic graph with every kind of value the one import path can store, for the interop round trips: unicode
// (Khmer, Chinese, Cyrillic, Arabic, emoji), newlines and CR in names, tab, empty text and empty lists, numbers at
// their limits, long text, formula-like text, XML and CSV metacharacters, and every node and link kind that matters
// (an allegation with its status history and a denial, an official, a source, a link word kept as `kind`).
// Names are obviously synthetic: no claim about any real person or body.
import type { InteropNode, InteropRel } from '../../server/interop/model.ts';

export function syntheticGraph(dataset: string): { nodes: InteropNode[]; relationships: InteropRel[] } {
  const id = (local: string) => `${dataset}--${local}`;
  const src = id('source-alpha');
  const base = (local: string, labels: string[], type: string, name: string, extra: Record<string, unknown> = {}): InteropNode => ({
    id: id(local), labels, props: { id: id(local), type, name, aliases: [], description: '', dataset, sources: [src], ...extra },
  });
  const nodes: InteropNode[] = [
    base('source-alpha', ['Entity', 'Source'], 'Source', 'Synthetic Source Alpha', {
      reliability: 'C', held: true, citedBy: [], kind: 'report', publisher: 'Synthetic Publisher', url: 'https://example.org/a?x=1&y=<2>',
      publishedOn: '2025-01-31', description: 'Quotes "double", \'single\', commas, semicolons; <tags> & ampersands ]]> --> end',
    }),
    base('minister-alpha', ['Entity', 'Person', 'Official'], 'Official', 'Synthetic Minister Alpha\r\nsecond line\rCR only\nLF only', {
      aliases: ['ឧត្តមសេនីយ៍ សំយោគ', '合成部长', 'Синтетический министр', 'وزير اصطناعي', '🧪 emoji; with semicolon', ' padded '],
      description: '\tstarts with a tab, ends with spaces  ',
      ratio: 1, mixed: 7,
    }),
    base('ministry-alpha', ['Entity', 'Organization', 'PublicBody'], 'PublicBody', '=HYPERLINK("http://example.org")', {
      description: "'already quoted", ratio: 0.25, mixed: 'seven', founded: -9007199254740991,
      limits: [9007199254740991, -9007199254740991, 0], floats: [1.7976931348623157e308, 5e-324, -2.5e-300, 0.1],
      flags: [true, false], empty: '', emptyList: [],
    }),
    base('group-alpha', ['Entity', 'Organization'], 'Organization', '-minus first, +plus, @at', {
      description: 'x'.repeat(5000) + '\n' + 'ទីក្រុង'.repeat(2000), members: 12345, share: 0.5, active: false,
    }),
    base('claim-alpha', ['Entity', 'Allegation'], 'Allegation', 'Synthetic claim: Alpha ministry colluded', {
      category: 'complicity_collusion', isOpinion: false, status: 'denied', credibility: 3, credibilityNote: 'two sources\nagree',
      statusHistoryJson: JSON.stringify([{ status: 'alleged', on: '2025-01-01', source: src, note: null }, { status: 'denied', on: '2025-02-01', source: src, note: 'denied\r\nin full' }]),
      assertedOn: '2025-01-01', conductPeriod: '2024', quote: '',
    }),
    base('denial-alpha', ['Entity', 'Allegation'], 'Allegation', 'Synthetic denial by Alpha ministry', {
      category: 'characterisation', isOpinion: true, status: 'alleged', credibility: 6,
      statusHistoryJson: JSON.stringify([{ status: 'alleged', on: null, source: src, note: null }]), assertedOn: '2025-02-01',
    }),
  ];
  const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}): InteropRel => {
    const rid = `${type}:${id(from)}:${id(to)}`;
    return { id: rid, type, from: id(from), to: id(to), props: { id: rid, status: 'reported', sources: [src], ...props } };
  };
  const relationships: InteropRel[] = [
    rel('LEADS', 'minister-alpha', 'ministry-alpha', { since: 2019, weight: 0.75 }),
    rel('LINKED_TO', 'minister-alpha', 'group-alpha', { kind: 'friend of\r\n(old friends)' }),
    rel('MADE_BY', 'claim-alpha', 'group-alpha', { status: 'denied' }),
    rel('AGAINST', 'claim-alpha', 'ministry-alpha', { status: 'denied' }),
    rel('CITED_IN', 'claim-alpha', 'source-alpha', { note: 'p. 3, "quoted"', status: 'denied' }),
    rel('RESPONDS_TO', 'denial-alpha', 'claim-alpha', { stance: 'denies', tags: [] }),
    rel('MADE_BY', 'denial-alpha', 'ministry-alpha'),
    { id: id('link-extra'), type: 'MEMBER_OF', from: id('minister-alpha'), to: id('group-alpha'), props: { id: id('link-extra'), status: 'reported', sources: [src], empty: '' } },
  ];
  return { nodes, relationships };
}
