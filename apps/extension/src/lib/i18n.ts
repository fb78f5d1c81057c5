/**
 * UI language with i18next: Thai first, English available, switched at run time from the settings (the browser's
 * own i18n API cannot switch without a restart). The manifest's name and description use _locales (th, en).
 */
import i18next, { type i18n as I18n } from 'i18next';
import en from '../locales/en';
import th from '../locales/th';

export const resources = { th: { translation: th }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['th'];
  }
}

export function createI18n(lng: 'th' | 'en' = 'th'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng,
    fallbackLng: 'th',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Text in the chosen language from a framework's { th, en } pair (English falls back to Thai). */
export function local(text: { th: string; en?: string | null } | undefined | null, lng: string): string {
  if (!text) return '';
  return lng === 'en' ? (text.en ?? text.th) : text.th;
}
