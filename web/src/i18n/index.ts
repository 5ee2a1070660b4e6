/**
 * react-i18next with 中文 and English. The choice is kept in localStorage; without one the
 * browser's language decides, Chinese first since the single window is a Chinese portal.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export const LANGUAGES = [
  { code: 'zh', label: '中文', htmlLang: 'zh-CN' },
  { code: 'en', label: 'English', htmlLang: 'en' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'yidan.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = LANGUAGES.find((l) => l.code === language)?.htmlLang ?? language;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

export default i18n;

/** Adds an area's texts beside the shared ones; a key defined twice keeps the first (areas own distinct keys). */
export function addTexts(texts: { en: object; zh: object }): void {
  i18n.addResourceBundle('en', 'translation', texts.en, true, false);
  i18n.addResourceBundle('zh', 'translation', texts.zh, true, false);
}
