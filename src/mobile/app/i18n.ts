// Chinese first, English available (issue 11 item 4): every text is written as t('中文', 'English'); the choice
// is kept on the device.
import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';
const KEY = 'zhucun.m.lang';

export function getLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}
export function setLang(lang: Lang) {
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

export type T = (zh: string, en: string) => string;
export const LangContext = createContext<{ lang: Lang; t: T; l: (x: { zh: string; en: string }) => string }>({
  lang: 'zh',
  t: (zh) => zh,
  l: (x) => x.zh,
});
export const useT = () => useContext(LangContext);
export const translator = (lang: Lang) => ({
  lang,
  t: ((zh, en) => (lang === 'en' ? en : zh)) as T,
  l: (x: { zh: string; en: string }) => (lang === 'en' ? x.en : x.zh),
});
