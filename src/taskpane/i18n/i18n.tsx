import { createContext, useContext, type ReactNode } from "react";
import { de, type MessageKey, type Messages } from "./messages-de";
import { en } from "./messages-en";

export type Language = "de" | "en";

const CATALOGS: Record<Language, Messages> = { de, en };

/** German unless Office (or the browser) runs in English. */
export function pickLanguage(displayLanguage?: string): Language {
  const tag = displayLanguage ?? (typeof navigator === "undefined" ? "de" : navigator.language);
  return tag.toLowerCase().startsWith("en") ? "en" : "de";
}

export interface Translator {
  language: Language;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** Picks `${base}.one` or `${base}.other` by count. */
  count(base: "count.paragraphs" | "count.words" | "notice.images" | "notice.contentControls", count: number): string;
  has(key: string): key is MessageKey;
}

export function createTranslator(language: Language): Translator {
  const messages = CATALOGS[language];
  const format = (template: string, values: Record<string, string | number> = {}) =>
    template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? `{${name}}`));
  const number = new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB");
  return {
    language,
    t: (key, values) => format(messages[key], values),
    count: (base, count) => format(messages[`${base}.${count === 1 ? "one" : "other"}`], { count: number.format(count) }),
    has: (key): key is MessageKey => key in messages,
  };
}

const I18nContext = createContext<Translator>(createTranslator("de"));

export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}
