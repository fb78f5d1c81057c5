import { readFile } from 'node:fs/promises';

/** Exit codes of every openita command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads and parses a JSON file ("-" for standard input), with errors that name the file and the position. */
export async function readJsonFile(path: string): Promise<unknown> {
  let raw: string;
  try {
    raw = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})`);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InvalidInputError(`${path}: not valid JSON: ${(e as Error).message}`);
  }
}

export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
