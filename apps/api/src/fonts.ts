/**
 * Sarabun (the Thai government's document typeface, OFL), from @fontsource/sarabun, for embedding in standalone
 * reports: the HTML then prints with Thai glyphs on any machine, even one without Thai fonts.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { EmbeddedFont } from '@openita/scoring';

const SUBSETS = ['thai', 'latin'] as const;
const WEIGHTS = [400, 700] as const;

let cached: Promise<EmbeddedFont[]> | null = null;

async function load(): Promise<EmbeddedFont[]> {
  const ranges = JSON.parse(
    await readFile(fileURLToPath(import.meta.resolve('@fontsource/sarabun/unicode.json')), 'utf8'),
  ) as Record<string, string>;
  const fonts: EmbeddedFont[] = [];
  for (const subset of SUBSETS)
    for (const weight of WEIGHTS) {
      const file = fileURLToPath(
        import.meta.resolve(`@fontsource/sarabun/files/sarabun-${subset}-${weight}-normal.woff2`),
      );
      const range = ranges[subset];
      fonts.push({
        family: 'Sarabun',
        weight,
        style: 'normal',
        format: 'woff2',
        base64: (await readFile(file)).toString('base64'),
        ...(range ? { unicodeRange: range } : {}),
      });
    }
  return fonts;
}

/** Sarabun regular and bold, Thai and Latin subsets (about 42 kB of woff2). */
export function sarabunFonts(): Promise<EmbeddedFont[]> {
  cached ??= load();
  return cached;
}
