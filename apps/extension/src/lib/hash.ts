/** SHA-256 in the extension itself (Web Crypto), over the UTF-8 bytes of the captured HTML: lowercase hex. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash the API checks a capture against. */
export const hashHtml = (html: string): Promise<string> => sha256Hex(html);
