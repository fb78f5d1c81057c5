/** Errors the API returns as data (validation, not found, conflict) and the one it throws (forbidden). */
import type { InputIssue } from '@openita/scoring';
import { GraphQLError } from 'graphql';

/** One problem with an input, with the path to the value it is about. */
export interface Issue {
  /** Dotted path: "input.sha256", "input.items[2]" for a mutation's input; "iit.i27" inside an assessment file. */
  path: string;
  code: string;
  message: string;
  messageTh: string;
  severity: 'error' | 'warning';
}

export function issueOf(path: string, code: string, message: string, messageTh: string): Issue {
  return { path, code, message, messageTh, severity: 'error' };
}

export function fromInputIssue(i: InputIssue, prefix = ''): Issue {
  return {
    path: prefix ? (i.path === '(root)' ? prefix : `${prefix}.${i.path}`) : i.path,
    code: i.code,
    message: i.message.en,
    messageTh: i.message.th,
    severity: i.severity,
  };
}

/** The input is invalid: every problem with its path. Nothing was changed. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly issues: Issue[],
    message?: string,
  ) {
    super(message ?? `invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request conflicts with what is stored (an idempotency key reused for different content). */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The token may not do this (its role, or its agency limits). Raised as a GraphQL error, never masked. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
    this.name = 'ForbiddenError';
  }
}
