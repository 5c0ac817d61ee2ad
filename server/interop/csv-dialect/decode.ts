// Bytes of a text file -> text, saying which encoding it was read in. Pure TS (TextDecoder), for the browser and Node.
//
// Why decoder heuristics and not jschardet/chardet: the question here is narrow (UTF-8, or one of the two Western
// single-byte code pages spreadsheets write), and it has an exact answer. A file that decodes as strict UTF-8 is
// UTF-8: random Windows-1252 text almost never forms valid multi-byte sequences. A file that does not is single-byte;
// Windows-1252 and Latin-1 (ISO-8859-1) agree on every byte except 0x80-0x9F, where Windows-1252 has printable
// characters (€ ‚ „ … ‘ ’ “ ” – —) and Latin-1 has invisible C1 controls that no spreadsheet writes. So a byte there
// names Windows-1252; without one the two read the same and we name it Latin-1. A statistical detector would add
// ~300 kB to the page and guesses (it can call short French text Windows-1250). What this cannot tell apart are other
// single-byte code pages (Windows-1250, KOI8-R...): those read as Windows-1252, and the notice names the encoding used
// so a reader sees it; the import view lets the user pick another.

export const ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252', 'iso-8859-1': 'Latin-1 (ISO-8859-1)', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)',
};

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** A byte-order mark was found (and removed). */
  bom: boolean;
  /** The bytes were not UTF-8 and were converted: the page must say so. */
  converted: boolean;
}

/** Bytes Windows-1252 leaves undefined in 0x80-0x9F: seeing only these says nothing about Windows-1252. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Which single-byte page non-UTF-8 bytes are in: Windows-1252 if any byte is one of its printable 0x80-0x9F characters. */
export function singleByteEncoding(bytes: Uint8Array): 'windows-1252' | 'iso-8859-1' {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f && !CP1252_UNDEFINED.has(b)) return 'windows-1252';
  return 'iso-8859-1';
}

/**
 * Windows-1252's 0x80-0x9F, by the WHATWG table (undefined bytes keep their C1 code point, as browsers do). Written
 * out because TextDecoder cannot be trusted with it: Node 20 without full ICU decodes 'windows-1252' as Latin-1
 * (0x80 comes out as U+0080, not €), and browsers decode the label 'iso-8859-1' as Windows-1252.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes in a given encoding (detected, or the user's choice); the single-byte pages by table, the rest by TextDecoder. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'iso-8859-1' || encoding === 'windows-1252') {
    const high = encoding === 'windows-1252';
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = [...bytes.subarray(i, i + 8192)].map((b) => (high && b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
      parts.push(String.fromCharCode(...chunk));
    }
    return parts.join('');
  }
  return new TextDecoder(encoding).decode(bytes);
}

export function decodeBytes(input: Uint8Array | ArrayBuffer): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true, converted: false };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, converted: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, converted: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false, converted: false };
  } catch {
    const encoding = singleByteEncoding(bytes);
    return { text: decodeAs(bytes, encoding), encoding, bom: false, converted: true };
  }
}

/** The notice for a converted file: never silently re-encoded. Undefined for plain UTF-8. */
export function encodingNotice(file: string, decoded: Pick<Decoded, 'encoding' | 'converted'>): string | undefined {
  if (!decoded.converted) return undefined;
  return `${file} is not UTF-8: it was read as ${ENCODING_NAMES[decoded.encoding]} and converted. Check that accented letters and symbols look right below; if not, pick its encoding.`;
}
