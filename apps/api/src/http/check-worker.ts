/** Runs in a worker thread: packages/scoring's checkHtml on a captured page, off the server's event loop. */
import { checkHtml, type PageCheckReport } from '@openita/scoring';

export interface CheckTask {
  html: string;
  url: string;
  framework: string;
  items: string[];
  siteOrigins: string[];
  force: boolean;
}

export default function check(t: CheckTask): PageCheckReport {
  return checkHtml(t.html, t.url, { framework: t.framework, items: t.items, siteOrigins: t.siteOrigins, force: t.force });
}
