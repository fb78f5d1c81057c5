/**
 * Every text the UI asks for exists in Thai and in English: the keys are read from the source (t('…') calls),
 * dynamic keys (t(`status.${x}`)) are expanded from the values they take.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en.json';
import th from '../../src/locales/th.json';

const SRC = join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const DYNAMIC: Record<string, string[]> = {
  'status.': [
    'pending',
    'accepted',
    'rejected',
    'changes-requested',
    'all',
    'pass',
    'fail',
    'needs-review',
    'not-applicable',
    'unknown',
    'accept',
    'reject',
    'request-changes',
  ],
  'verdict.': ['pass', 'fail', 'needs-review', 'not-applicable'],
  'roles.': ['READER', 'AUDITOR', 'REVIEWER', 'ADMIN', 'READER_what', 'AUDITOR_what', 'REVIEWER_what', 'ADMIN_what'],
  'instrument.': ['IIT', 'EIT', 'OIT'],
  'review.preset.': ['missing', 'wrongYear', 'notOwnSite', 'unreachable', 'incomplete', 'wrongItem'],
  'review.done.': ['accept', 'reject', 'request-changes'],
  'import.': ['error', 'warning'],
  'report.section.': ['overview', 'iit', 'eit', 'oit', 'weaknesses', 'strengths', 'conclusion', 'recommendations'],
};

function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const f of files(SRC)) {
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*(['`])([^'`]+)\1/g)) {
      const key = m[2] as string;
      if (!key.includes('${')) {
        keys.add(key);
        continue;
      }
      const prefix = key.slice(0, key.indexOf('${'));
      const values = DYNAMIC[prefix];
      if (!values) throw new Error(`${f}: dynamic key ${key} has no expansion in the test's DYNAMIC table`);
      for (const v of values) keys.add(prefix + v);
    }
  }
  return [...keys].sort();
}

function has(dict: unknown, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop() as string;
  let cur: unknown = dict;
  for (const p of parts) {
    if (!cur || typeof cur !== 'object' || !(p in cur)) return false;
    cur = (cur as Record<string, unknown>)[p];
  }
  if (!cur || typeof cur !== 'object') return false;
  const obj = cur as Record<string, unknown>;
  // A key used with a count may exist only in plural forms (English: _one/_other).
  return typeof obj[last] === 'string' || typeof obj[`${last}_other`] === 'string';
}

describe('translations', () => {
  const keys = usedKeys();
  it('finds the keys the UI uses', () => {
    expect(keys.length).toBeGreaterThan(200);
  });
  it.each([
    ['th', th],
    ['en', en],
  ])('%s has every key', (_lang, dict) => {
    expect(keys.filter((k) => !has(dict, k))).toEqual([]);
  });
});
