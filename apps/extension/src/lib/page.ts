/**
 * What the content script does in the audited page: serialise the live DOM, and outline the element a criterion's
 * proof points at (by the CSS path the checks computed on the serialised HTML).
 */
import type { HighlightResult, PageSnapshot } from './messaging';

export const OVERLAY_ID = 'openita-highlight-overlay';

function doctypeOf(doc: Document): string {
  const d = doc.doctype;
  if (!d) return '';
  const pub = d.publicId ? ` PUBLIC "${d.publicId}"` : '';
  const sys = d.systemId ? `${d.publicId ? '' : ' SYSTEM'} "${d.systemId}"` : '';
  return `<!DOCTYPE ${d.name}${pub}${sys}>\n`;
}

/** The live DOM as HTML, without the extension's own overlay. */
export function snapshotPage(doc: Document = document, now: () => Date = () => new Date()): PageSnapshot {
  const t0 = performance.now();
  const overlay = doc.getElementById(OVERLAY_ID);
  overlay?.remove();
  const html = doctypeOf(doc) + doc.documentElement.outerHTML;
  if (overlay) doc.body?.appendChild(overlay);
  return {
    url: doc.location?.href ?? doc.URL,
    title: doc.title,
    html,
    capturedAt: now().toISOString(),
    lang: doc.documentElement.getAttribute('lang'),
    serializeMs: performance.now() - t0,
  };
}

export function clearHighlight(doc: Document = document): void {
  doc.getElementById(OVERLAY_ID)?.remove();
}

/** Scrolls to the element at `path` and draws an outline over it (an overlay: the page's own styles are untouched). */
export function highlight(path: string, label = '', doc: Document = document): HighlightResult {
  clearHighlight(doc);
  let matches: NodeListOf<Element>;
  try {
    matches = doc.querySelectorAll(path);
  } catch {
    return { found: false, count: 0, visible: false };
  }
  const el = matches[0];
  if (!el) return { found: false, count: 0, visible: false };
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = el.getBoundingClientRect();
  const view = doc.defaultView;
  const box = doc.createElement('div');
  box.id = OVERLAY_ID;
  box.setAttribute('aria-hidden', 'true');
  box.dataset.path = path;
  const pad = 4;
  Object.assign(box.style, {
    position: 'absolute',
    left: `${rect.left + (view?.scrollX ?? 0) - pad}px`,
    top: `${rect.top + (view?.scrollY ?? 0) - pad}px`,
    width: `${rect.width + pad * 2}px`,
    height: `${rect.height + pad * 2}px`,
    outline: '3px solid #d97706',
    background: 'rgba(251, 191, 36, 0.18)',
    borderRadius: '4px',
    pointerEvents: 'none',
    zIndex: '2147483647',
    boxSizing: 'border-box',
  });
  if (label) {
    const tag = doc.createElement('span');
    tag.textContent = label;
    Object.assign(tag.style, {
      position: 'absolute',
      top: '-1.6em',
      left: '0',
      background: '#d97706',
      color: '#fff',
      font: '600 12px/1.4 system-ui, sans-serif',
      padding: '0 6px',
      borderRadius: '3px',
      whiteSpace: 'nowrap',
    });
    box.appendChild(tag);
  }
  (doc.body ?? doc.documentElement).appendChild(box);
  return { found: true, count: matches.length, visible: rect.width > 0 && rect.height > 0 };
}
