/**
 * Lighthouse (performance category, mobile defaults: simulated 4G and a slowed CPU) on pages of a running server,
 * in Debian's Chromium (CHROME_PATH, headless).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseFigures {
  name: string;
  formFactor: FormFactor;
  url: string;
  performance: number;
  fcp?: number;
  lcp?: number;
  tbt?: number;
  cls?: number;
  si?: number;
  runtimeError: string | null;
}

/**
 * mobile: Lighthouse's default (a mid-range phone: simulated slow 4G, 150 ms RTT, CPU slowed 4×);
 * desktop: its desktop preset (dense 4G, 40 ms RTT, no CPU slowdown).
 */
export async function runLighthouse(
  urls: { name: string; url: string }[],
  formFactor: FormFactor = 'mobile',
): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  const results: LighthouseFigures[] = [];
  try {
    for (const { name, url } of urls) {
      const flags = {
        port: chrome.port,
        output: 'json' as const,
        logLevel: 'error' as const,
        onlyCategories: ['performance'],
      };
      const run = formFactor === 'desktop' ? await lighthouse(url, flags, desktopConfig) : await lighthouse(url, flags);
      const lhr = run?.lhr;
      if (!lhr) throw new Error(`lighthouse gave no result for ${url}`);
      const a = lhr.audits;
      results.push({
        name,
        formFactor,
        url,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        fcp: a['first-contentful-paint']?.numericValue,
        lcp: a['largest-contentful-paint']?.numericValue,
        tbt: a['total-blocking-time']?.numericValue,
        cls: a['cumulative-layout-shift']?.numericValue,
        si: a['speed-index']?.numericValue,
        runtimeError: lhr.runtimeError?.message ?? null,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

export function printLighthouse(results: LighthouseFigures[]): void {
  for (const r of results)
    console.log(
      `lighthouse ${r.name.padEnd(10)} ${r.formFactor.padEnd(8)} performance ${String(r.performance).padStart(3)}  FCP ${ms(r.fcp)}  LCP ${ms(r.lcp)}  TBT ${ms(r.tbt)}  CLS ${r.cls?.toFixed(3)}  SI ${ms(r.si)}${r.runtimeError ? `  ERROR ${r.runtimeError}` : ''}`,
    );
}

const ms = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} ms`);
