import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../route.js';
import { en } from './en.js';
import { vi } from './vi.js';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

/** Resources are bundled, so initialisation is synchronous: the first paint is already translated. */
export function initI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'vi',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
