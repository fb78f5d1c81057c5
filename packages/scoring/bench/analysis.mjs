// pnpm bench (packages/scoring): figures for the analysis report. Prints; asserts nothing.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analysis, analysisSheets, parseAssessment, renderHtml, renderMarkdown, score } from '../dist/index.js';

const seed = JSON.parse(readFileSync(new URL('../data/assessments/bueng-kan-2564.json', import.meta.url), 'utf8'));
const { assessment } = parseAssessment(seed);
if (!assessment) throw new Error('the seed does not parse');
const report = score(assessment);

function time(label, n, fn) {
  for (let k = 0; k < Math.min(n, 200); k++) fn(); // warm up
  const t0 = performance.now();
  let out;
  for (let k = 0; k < n; k++) out = fn();
  const ms = performance.now() - t0;
  console.log(`  ${label.padEnd(30)}${(ms / n).toFixed(3)} ms each  (${Math.round(n / (ms / 1000))}/s)`);
  return out;
}

console.log('analysis: the seed (Bueng Kan FY2564), with answer shares and notes');
const a = time('analysis()', 8300, () => analysis(report, null, { assessment }));
time('renderMarkdown()', 1000, () => renderMarkdown(a));
time('renderHtml()', 1000, () => renderHtml(a));
time('analysisSheets()', 1000, () => analysisSheets(a));
console.log(`  analysis as JSON              ${JSON.stringify(a).length} bytes`);
