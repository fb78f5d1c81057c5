import { ConflictError, type Issue, NotFoundError, ValidationError } from '../../domain/errors.js';
import { builder } from '../builder.js';

export const IssueSeverity = builder.enumType('IssueSeverity', {
  values: { ERROR: { value: 'error' }, WARNING: { value: 'warning' } } as const,
});

export const IssueRef = builder.objectRef<Issue>('Issue').implement({
  description: 'One problem with an input, and where it is.',
  fields: (t) => ({
    path: t.exposeString('path', {
      description:
        'Where: "input.htmlSha256", "input.items.2" (0-based) for a mutation input; "file.iit.i27", "file.iit.i28[3]" (part 3, 1-based as the NACC counts) inside an assessment file.',
    }),
    code: t.exposeString('code', { description: 'Machine-readable: invalid, unknown-id, hash-mismatch, too-large, shares-sum, missing-item …' }),
    message: t.exposeString('message', { description: 'In English.' }),
    messageTh: t.exposeString('messageTh', { description: 'In Thai.' }),
    severity: t.field({ type: IssueSeverity, resolve: (i) => i.severity }),
  }),
});

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'A failure returned as data by a mutation.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input is invalid; nothing was changed. Every problem is listed with its path.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof ValidationError,
  fields: (t) => ({ issues: t.field({ type: [IssueRef], resolve: (e) => e.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Something the input refers to does not exist.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof NotFoundError,
  fields: (t) => ({ path: t.exposeString('path') }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The input conflicts with what is stored (an idempotency key reused for a different capture).',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof ConflictError,
  fields: (t) => ({ path: t.exposeString('path') }),
});
