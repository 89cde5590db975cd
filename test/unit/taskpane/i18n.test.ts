import { de } from "../../../src/taskpane/i18n/messages-de";
import { en } from "../../../src/taskpane/i18n/messages-en";
import { createTranslator, pickLanguage } from "../../../src/taskpane/i18n/i18n";
import { ERROR_CODES } from "../../../src/core/protocol";

describe("message catalogs", () => {
  test("English has exactly the German keys, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const [key, text] of Object.entries({ ...de, ...en })) expect([key, text.trim()]).not.toEqual([key, ""]);
  });

  test("placeholders match between languages", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) expect([key, names(en[key])]).toEqual([key, names(de[key])]);
  });

  test("German UI text is plain: no sentence over 20 words", () => {
    for (const [key, text] of Object.entries(de)) {
      for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
        const words = sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
        expect([key, sentence, words.length <= 20]).toEqual([key, sentence, true]);
      }
    }
  });

  test("German addresses the user with Sie, never du", () => {
    for (const [key, text] of Object.entries(de)) expect([key, /\b(du|dein|dir|dich)\b/iu.test(text)]).toEqual([key, false]);
  });

  test("every gateway error a user can meet during a run has pane text in both languages", () => {
    const runtime = ERROR_CODES.filter((code) => code.startsWith("backend_") || code === "stream_interrupted" || code === "empty_text");
    for (const code of runtime) expect(`errors.${code}` in de).toBe(true);
  });
});

describe("translator", () => {
  test("picks German unless Office or the browser runs in English", () => {
    expect(pickLanguage("de-DE")).toBe("de");
    expect(pickLanguage("en-US")).toBe("en");
    expect(pickLanguage("tr-TR")).toBe("de");
  });

  test("fills placeholders and counts with German number format", () => {
    const { t, count } = createTranslator("de", de);
    expect(t("error.retryAfter", { seconds: 30 })).toBe("Bitte warten Sie etwa 30 Sekunden.");
    expect(count("count.words", 1)).toBe("1 Wort");
    expect(count("count.words", 1234)).toBe("1.234 Wörter");
    expect(createTranslator("en", en).count("count.paragraphs", 3)).toBe("3 paragraphs");
  });

  test("numbers: small integers written plainly, the rest as each language writes them", () => {
    const german = createTranslator("de", de);
    const english = createTranslator("en", en);
    for (const value of [0, 7, 999, -5]) expect([german.number(value), english.number(value)]).toEqual([String(value), String(value)]);
    expect([german.number(1000), english.number(1000)]).toEqual(["1.000", "1,000"]);
    expect([german.number(2.5), english.number(2.5)]).toEqual(["2,5", "2.5"]);
  });
});
