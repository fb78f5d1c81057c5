/**
 * Injected on demand into the audited tab (scripting.executeScript, never declared for all sites): answers the side
 * panel's requests for a snapshot of the live DOM and for highlighting the element that proves a criterion.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentMessenger } from '../lib/messaging';
import { clearHighlight, highlight, snapshotPage } from '../lib/page';

declare global {
  interface Window {
    /** Set by the first injection: tells a later one whether that first one still answers. */
    __openitaAlive?: () => boolean;
  }
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injected again on a second request: one set of listeners per page is enough. After the extension was reloaded
    // the first injection's context is dead (its runtime id is gone): then this one takes over.
    if (window.__openitaAlive?.()) return;
    window.__openitaAlive = () => {
      try {
        return !!browser.runtime?.id;
      } catch {
        return false;
      }
    };
    contentMessenger.onMessage('page:ping', () => ({ url: location.href }));
    contentMessenger.onMessage('page:snapshot', () => snapshotPage());
    contentMessenger.onMessage('page:highlight', ({ data }) => highlight(data.path, data.label));
    contentMessenger.onMessage('page:clear', () => clearHighlight());
  },
});
