/** The NACC OIT rules, one module per item. Items without a module get the generic rule (run.ts). */
import type { OitRule } from '../types.js';
import o01 from './o01-structure.js';
import o02 from './o02-executives.js';
import o05 from './o05-contact.js';
import o08 from './o08-qa.js';
import o09 from './o09-social-network.js';
import o17 from './o17-e-service.js';
import o30 from './o30-complaint-channel.js';
import o32 from './o32-opinion-channel.js';

const NACC: Record<string, OitRule> = Object.fromEntries([o01, o02, o05, o08, o09, o17, o30, o32].map((r) => [r.meta.id, r]));

/** The rule module for an item of a framework variant, if there is one. */
export function ruleFor(variant: string, itemId: string): OitRule | undefined {
  return variant === 'nacc' ? NACC[itemId] : undefined;
}
