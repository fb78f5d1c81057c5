/** Who is asking: an API token (with its role and agency limits), or nobody. */
export const ROLES = ['reader', 'auditor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Viewer =
  | { kind: 'anonymous' }
  /** The server itself, acting for the CLI (seed, imports by an operator at the console). */
  | { kind: 'system'; name: string }
  | {
      kind: 'token';
      tokenId: string;
      userId: string;
      userName: string;
      label: string;
      role: Role;
      /** null: every agency. */
      agencyIds: string[] | null;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** What each role may do. admin may do everything; reader only reads. */
export const CAN = {
  read: (v: Viewer) => v.kind !== 'anonymous',
  submit: (v: Viewer) => v.kind === 'system' || (v.kind === 'token' && (v.role === 'auditor' || v.role === 'admin')),
  review: (v: Viewer) => v.kind === 'system' || (v.kind === 'token' && (v.role === 'reviewer' || v.role === 'admin')),
  admin: (v: Viewer) => v.kind === 'system' || (v.kind === 'token' && v.role === 'admin'),
};

export const system = (name: string): Viewer => ({ kind: 'system', name });

/** May this viewer act on (or read the evidence of) this agency? */
export function agencyAllowed(v: Viewer, agencyId: string): boolean {
  if (v.kind === 'system') return true;
  return v.kind === 'token' && (v.agencyIds === null || v.agencyIds.includes(agencyId));
}
