/**
 * Bytes of a fetched or saved page → text. Old Thai government sites still serve TIS-620 / windows-874; the charset
 * comes from a byte-order mark, the HTTP Content-Type, or a <meta> in the first bytes, and when nothing says, bytes
 * that are not valid UTF-8 but read as Thai in windows-874 are taken as windows-874. Uses TextDecoder only.
 */

export interface DecodedHtml {
  text: string;
  /** The encoding used (WHATWG name: utf-8, windows-874 …). */
  encoding: string;
}

const THAI_LABELS = /^(tis-?620|windows-874|iso-8859-11|x-windows-874|cp874|dos-874)$/i;

function labelFromContentType(contentType: string | undefined): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/** Decodes with a declared charset, or null when the platform does not know it. */
function decodeWith(label: string, bytes: Uint8Array): DecodedHtml | null {
  try {
    const d = new TextDecoder(THAI_LABELS.test(label) ? 'windows-874' : label);
    return { text: d.decode(bytes), encoding: d.encoding };
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(enc).decode(bytes.subarray(2)), encoding: enc };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ??
    null;
  const declared = labelFromContentType(contentType) ?? meta;
  if (declared) {
    const d = decodeWith(declared, bytes);
    if (d) return d;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Thai single-byte text has many bytes in 0xA1–0xFB.
    let thai = 0;
    const n = Math.min(bytes.length, 65536);
    for (let k = 0; k < n; k++) if ((bytes[k] as number) >= 0xa1 && (bytes[k] as number) <= 0xfb) thai++;
    if (thai > n / 20) return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
}
