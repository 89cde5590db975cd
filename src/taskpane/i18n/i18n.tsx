import { createContext, useContext, type ReactNode } from "react";
import { de, type MessageKey, type Messages } from "./messages-de";

export type Language = "de" | "en";

/** Keys counted by `count`: each has a ".one" and an ".other" form. */
type CountBase = { [K in MessageKey]: K extends `${infer Base}.one` ? Base : never }[MessageKey];

/** German unless Office (or the browser) runs in English. */
export function pickLanguage(displayLanguage?: string): Language {
  const tag = displayLanguage ?? (typeof navigator === "undefined" ? "de" : navigator.language);
  return tag.toLowerCase().startsWith("en") ? "en" : "de";
}

export interface Translator {
  language: Language;
  // Properties, not methods: components destructure them (`const { t } = useI18n()`).
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Picks `${base}.one` or `${base}.other` by count. */
  count: (base: CountBase, count: number) => string;
  has: (key: string) => key is MessageKey;
  /** A number as the language writes it ("12.500" or "12,500"). */
  number: (value: number) => string;
}

export function createTranslator(language: Language, messages: Messages): Translator {
  const format = (template: string, values: Record<string, string | number> = {}) =>
    template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? `{${name}}`));
  // Made on first use: the first Intl object of a page is slow to create, and start-up does not need it.
  let number: Intl.NumberFormat | undefined;
  // Below 1,000 both languages write an integer plainly: no Intl object needed for the usual counts.
  const formatNumber = (value: number) =>
    Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : (number ??= new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB")).format(value);
  return {
    language,
    t: (key, values) => format(messages[key], values),
    count: (base, count) => format(messages[`${base}.${count === 1 ? "one" : "other"}`], { count: formatNumber(count) }),
    number: formatNumber,
    has: (key): key is MessageKey => key in messages,
  };
}

export const germanTranslator = createTranslator("de", de);

/** German is in the first bundle; English loads when needed (German if that fails, rather than no pane). */
export async function loadTranslator(language: Language): Promise<Translator> {
  if (language === "de") return germanTranslator;
  try {
    return createTranslator(language, (await import(/* webpackChunkName: "messages-en" */ "./messages-en")).en);
  } catch {
    return germanTranslator;
  }
}

const I18nContext = createContext<Translator>(germanTranslator);

export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}
