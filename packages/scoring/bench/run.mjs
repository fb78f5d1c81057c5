// pnpm bench (packages/scoring): figures for the scoring engine. Prints; asserts nothing.
// Goal (issue 2): score all 8,300 agencies with full question data in under 100 ms on one core.
import { performance } from 'node:perf_hooks';
import { compileFramework, getFramework, parseAssessment, score } from '../dist/index.js';

const AGENCIES = 8300;
const fw = getFramework('nacc-ita-2564');
const cfw = compileFramework(fw);

// Deterministic pseudo-random numbers (mulberry32), so every run scores the same country.
let seed = 0x1a2b3c4d;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const shares = (n) => {
  // Whole basis points that sum to exactly 10,000 (100.00 %): the remainder of flooring goes to the largest share.
  const raw = Array.from({ length: n }, () => rand() ** 3 + 1e-9);
  const s = raw.reduce((a, b) => a + b, 0);
  const bp = raw.map((x) => Math.floor((x / s) * 10000));
  const largest = bp.indexOf(Math.max(...bp));
  bp[largest] += 10000 - bp.reduce((a, b) => a + b, 0);
  return bp.map((x) => x / 100);
};

function agencyFile(k) {
  const iit = {};
  const eit = {};
  for (const q of cfw.questions.values()) {
    const n = q.scaleDef.options.length;
    const v = q.parts.length > 1 ? q.parts.map(() => shares(n)) : shares(n);
    (q.instrument === 'IIT' ? iit : eit)[q.id] = v;
  }
  const oit = Object.fromEntries(fw.items.map((i) => [i.id, rand() < 0.85 ? 100 : 0]));
  return { framework: fw.id, agency: { id: `a${k}`, name: `หน่วยงาน ${k}` }, iit, eit, oit };
}

const files = Array.from({ length: AGENCIES }, (_, k) => agencyFile(k));

let t0 = performance.now();
const assessments = files.map((f) => {
  const r = parseAssessment(f, { framework: fw });
  if (!r.assessment) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.assessment;
});
const parseMs = performance.now() - t0;

// Warm up, then time whole-country runs.
for (let k = 0; k < 3; k++) for (const a of assessments) score(a, fw);
const runs = [];
let checksum = 0;
for (let k = 0; k < 15; k++) {
  t0 = performance.now();
  for (const a of assessments) checksum += score(a, fw).total;
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
const best = runs[0];

console.log('scoring: the whole country');
console.log(`  agencies                      ${AGENCIES}`);
console.log(`  parse + validate (zod), once  ${parseMs.toFixed(1)} ms  (${Math.round(AGENCIES / (parseMs / 1000))} agencies/s)`);
console.log(`  score, median of ${runs.length}          ${median.toFixed(1)} ms  (${Math.round(AGENCIES / (median / 1000))} agencies/s)`);
console.log(`  score, best                   ${best.toFixed(1)} ms`);
console.log(`  goal: < 100 ms for the country on one core: ${median < 100 ? 'met' : 'NOT met'}`);
console.log(`  (checksum ${(checksum / runs.length / AGENCIES).toFixed(4)})`);
