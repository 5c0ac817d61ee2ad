// Numbers as spreadsheets write them: "2.5", and in semicolon files the European "2,5" or "1.234,5".

/** A finite number, or undefined when the text is not one. A decimal comma is read only where the comma is not the delimiter. */
export function parseNumber(text: string, delimiter: string): number | undefined {
  const t = text.trim().replace(/^\+/, '');
  if (t === '') return undefined;
  let plain: string | undefined;
  if (/^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) plain = t;
  else if (delimiter !== ',' && /^-?\d+,\d+$/.test(t)) plain = t.replace(',', '.');
  else if (delimiter !== ',' && /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) plain = t.replace(/\./g, '').replace(',', '.');
  if (plain === undefined) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}
