/**
 * The auditor's settings, kept in the browser's extension storage (storage.local: never synced, so the API token stays
 * on this machine). Every write is validated; a bad value is refused with the field that is wrong.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

export const Language = z.enum(['th', 'en']);
export type Language = z.infer<typeof Language>;

/** The agency being audited, as the API knows it. */
export const AgencyRef = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.object({ th: z.string(), en: z.nullish(z.string()) }),
  /** Website origins of the agency ("https://www.buengkan.go.th"). */
  origins: z._default(z.array(z.string()), []),
});
export type AgencyRef = z.infer<typeof AgencyRef>;

const httpUrl = z.string().check(
  z.trim(),
  z.minLength(1, 'required'),
  z.refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL without credentials'),
);

export const Settings = z.object({
  /** The OpenITA server, e.g. https://openita.example.go.th (the GraphQL endpoint is {apiUrl}/graphql). */
  apiUrl: z.union([z.literal(''), httpUrl]),
  /** A bearer API token with the auditor role. */
  token: z.string().check(z.trim(), z.maxLength(4096)),
  language: Language,
  /**
   * Framework id (variant and fiscal year), e.g. nacc-ita-2564. Checked for form only: the background and the queue
   * do not carry the frameworks' data; the panel offers only the ones packages/scoring has.
   */
  framework: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'not a framework id')),
  agency: z.nullable(AgencyRef),
});
export type Settings = z.infer<typeof Settings>;

/** Same as packages/scoring's DEFAULT_FRAMEWORK (a test keeps them equal). */
export const DEFAULT_FRAMEWORK = 'nacc-ita-2564';

export const DEFAULT_SETTINGS: Settings = {
  apiUrl: '',
  token: '',
  language: 'th',
  framework: DEFAULT_FRAMEWORK,
  agency: null,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export class SettingsError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'SettingsError';
  }
}

/** Validates a settings object; throws SettingsError naming each bad field. */
export function parseSettings(value: unknown): Settings {
  const r = Settings.safeParse(value);
  if (!r.success)
    throw new SettingsError(r.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })));
  return { ...r.data, apiUrl: normalizeApiUrl(r.data.apiUrl) };
}

/** Stored settings; anything stored that no longer validates falls back field by field to the defaults. */
export async function getSettings(): Promise<Settings> {
  const stored = (await settingsItem.getValue()) as Partial<Settings> | null;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [k, v] of Object.entries(stored ?? {})) {
    const field = Settings.shape[k as keyof Settings];
    if (field?.safeParse(v).success) merged[k] = v;
  }
  return parseSettings(merged);
}

/** Validates and stores a change; returns the new settings. Nothing is written when any field is invalid. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(v ?? DEFAULT_SETTINGS));
}

/** "https://api.example/ " → "https://api.example" (no trailing slash, no /graphql suffix). */
export function normalizeApiUrl(url: string): string {
  const t = url.trim();
  if (!t) return '';
  return t.replace(/\/+$/, '').replace(/\/graphql$/i, '');
}

export function graphqlEndpoint(settings: Pick<Settings, 'apiUrl'>): string {
  return `${normalizeApiUrl(settings.apiUrl)}/graphql`;
}
