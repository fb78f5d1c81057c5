import { useTranslation } from 'react-i18next';

/**
 * The captured page, shown as it was captured and never run. Two walls:
 * - `sandbox=""`: no scripts, no forms, no plugins, no popups, no top navigation, and an opaque origin (the page
 *   cannot read this app's storage or cookies even if something ran);
 * - a Content-Security-Policy with no script source: the API serves the capture with
 *   `Content-Security-Policy: sandbox; default-src 'none'; …`, and when the HTML is embedded here instead (srcdoc)
 *   the same policy goes in as the document's first element.
 * Images and styles of the original site are not fetched either (default-src 'none'): the reviewer's browser
 * does not call the agency's server, and the screenshot shows the page as the auditor saw it.
 */
export const CAPTURE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'";

export function srcdocFor(html: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${CAPTURE_CSP}"><meta name="referrer" content="no-referrer">${html}`;
}

export function CaptureFrame({ src, html, title }: { src?: string | null; html?: string | null; title: string }) {
  const { t } = useTranslation();
  if (!src && !html) return <p className="muted">{t('evidence.noCapture')}</p>;
  return (
    <iframe
      className="capture-frame"
      title={title}
      sandbox=""
      referrerPolicy="no-referrer"
      loading="lazy"
      data-testid="capture-frame"
      {...(src ? { src } : { srcDoc: srcdocFor(html ?? '') })}
    />
  );
}
