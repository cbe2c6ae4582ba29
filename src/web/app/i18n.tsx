import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Lang, LocalisedText } from '../../shared/errors';
import { setRequestLanguage } from './http';
import { type MessageKey, messages } from './messages';

const STORAGE_KEY = 'zhucun.lang';

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

type Vars = Record<string, string | number>;

export interface Translator {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The text of a message key, with `{name}` placeholders filled in. */
  t: (key: MessageKey, vars?: Vars) => string;
  /** The text of a { zh, en } pair (dictionaries, domain messages). */
  l: (text: LocalisedText) => string;
}

const LanguageContext = createContext<Translator | null>(null);

const fill = (text: string, vars?: Vars) =>
  vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text;

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLanguage);
  setRequestLanguage(lang);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = messages['app.title'][lang];
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
    setRequestLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo<Translator>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => fill(messages[key][lang], vars),
      l: (text) => text[lang],
    }),
    [lang, setLang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useT(): Translator {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useT() outside LanguageProvider');
  return value;
}
