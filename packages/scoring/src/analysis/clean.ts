/**
 * Text that every output format can carry: C0 and C1 control characters (other than tab, line feed and carriage
 * return), lone surrogates and Unicode noncharacters become U+FFFD, form feed a space. HTML parsers flag those
 * characters and XML (inside XLSX) forbids them; they only ever arrive in user input (agency names, notes).
 */
export function cleanText(text: string): string {
  let out = '';
  let start = 0;
  let k = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const bad =
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      (c >= 0xfdd0 && c <= 0xfdef) ||
      (c & 0xfffe) === 0xfffe;
    if (bad) {
      out += text.slice(start, k) + (c === 0x0c ? ' ' : '\uFFFD');
      start = k + ch.length;
    }
    k += ch.length;
  }
  return start === 0 ? text : out + text.slice(start);
}
