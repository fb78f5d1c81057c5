/**
 * The built-in frameworks, one data file per (variant, fiscal year). Parsed and validated on first use.
 * A new year is a new JSON file here and one line in FRAMEWORK_DATA.
 */
import { Framework } from '../framework/model.js';
import nacc2564 from './nacc-ita-2564.json' with { type: 'json' };

const FRAMEWORK_DATA: Record<string, unknown> = {
  'nacc-ita-2564': nacc2564,
};

const parsed = new Map<string, Framework>();

/** The ids of the built-in frameworks. */
export function listFrameworks(): string[] {
  return Object.keys(FRAMEWORK_DATA);
}

export function hasFramework(id: string): boolean {
  return id in FRAMEWORK_DATA;
}

/** A built-in framework by id, validated. Throws with the list of known ids for an unknown one. */
export function getFramework(id: string): Framework {
  const hit = parsed.get(id);
  if (hit) return hit;
  const data = FRAMEWORK_DATA[id];
  if (!data) throw new Error(`unknown framework "${id}" (known: ${listFrameworks().join(', ')})`);
  const result = Framework.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`framework ${id} is invalid:\n${lines}`);
  }
  parsed.set(id, result.data);
  return result.data;
}

/** The default framework: the latest NACC year we carry. */
export const DEFAULT_FRAMEWORK = 'nacc-ita-2564';
