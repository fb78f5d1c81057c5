import { DEFAULT_FRAMEWORK as SCORING_DEFAULT } from '@openita/scoring';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_FRAMEWORK,
  DEFAULT_SETTINGS,
  getSettings,
  graphqlEndpoint,
  normalizeApiUrl,
  SettingsError,
  settingsItem,
  updateSettings,
  watchSettings,
} from '../src/lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from Thai, the default framework, and no server', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.language).toBe('th');
    expect(DEFAULT_FRAMEWORK).toBe(SCORING_DEFAULT);
  });

  it('stores a valid change in storage.local (never sync: the token stays on this machine)', async () => {
    const next = await updateSettings({ apiUrl: 'https://openita.example.go.th/graphql/', token: 'tok-123' });
    expect(next.apiUrl).toBe('https://openita.example.go.th');
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toMatchObject({ apiUrl: 'https://openita.example.go.th', token: 'tok-123' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await getSettings()).toMatchObject({
      apiUrl: 'https://openita.example.go.th',
      token: 'tok-123',
      language: 'th',
    });
  });

  it('refuses a bad value, names the field, and writes nothing', async () => {
    await updateSettings({ apiUrl: 'http://127.0.0.1:4000', token: 'good' });
    const bad = [
      { apiUrl: 'ftp://example.org' },
      { apiUrl: 'https://user:pw@example.org' },
      { apiUrl: 'not a url' },
      { language: 'fr' as 'th' },
      { framework: '../../etc' },
      { agency: { id: '', name: { th: 'x' }, origins: [] } },
    ];
    for (const patch of bad) {
      const err = await updateSettings(patch).catch((e) => e);
      expect(err).toBeInstanceOf(SettingsError);
      const field = Object.keys(patch)[0] as string;
      expect((err as SettingsError).issues.some((i) => i.path.startsWith(field))).toBe(true);
    }
    expect(await getSettings()).toMatchObject({ apiUrl: 'http://127.0.0.1:4000', token: 'good', language: 'th' });
  });

  it('keeps the good fields of a damaged stored value and falls back for the rest', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'javascript:alert(1)', token: 'kept', language: 'en' });
    const s = await getSettings();
    expect(s.apiUrl).toBe('');
    expect(s.token).toBe('kept');
    expect(s.language).toBe('en');
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.language));
    await updateSettings({ language: 'en' });
    await updateSettings({ language: 'th' });
    stop();
    await updateSettings({ language: 'en' });
    expect(seen).toEqual(['en', 'th']);
  });

  it('derives the GraphQL endpoint', () => {
    expect(normalizeApiUrl(' http://127.0.0.1:4000/ ')).toBe('http://127.0.0.1:4000');
    expect(graphqlEndpoint({ apiUrl: 'http://127.0.0.1:4000/graphql' })).toBe('http://127.0.0.1:4000/graphql');
  });
});
