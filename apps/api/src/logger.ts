import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on standard error (standard output stays free for CLI output). */
export function createLogger(level: string, name = 'openita'): Logger {
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: false }));
}
