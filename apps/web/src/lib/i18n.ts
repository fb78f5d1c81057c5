/**
 * i18next with Thai bundled and English loaded when asked for (its own chunk). The choice is kept in localStorage
 * and mirrored on <html lang> so that screen readers and the Thai font pick it up.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import th from '../locales/th.json';

export const LANGUAGES = ['th', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'openita.lang';

function savedLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'th' || saved === 'en') return saved;
  } catch {
    // storage may be disabled: Thai.
  }
  return 'th';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { th: { translation: th } },
  lng: 'th',
  fallbackLng: 'th',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

document.documentElement.lang = 'th';
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not persisted; fine.
  }
});

/** Switches language, loading its texts first when they are not bundled. */
export async function setLanguage(lang: Lang): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'translation')) {
    const texts = (await import('../locales/en.json')).default;
    i18n.addResourceBundle(lang, 'translation', texts);
  }
  await i18n.changeLanguage(lang);
}

/** The language to start in (the user's last choice), ready before the first render. */
export async function startLanguage(): Promise<void> {
  const lang = savedLang();
  if (lang !== 'th') await setLanguage(lang);
}

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'th';
}
