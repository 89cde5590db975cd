import { checkSentences, chunkText, countWords, estimateTokens, splitSentences } from "../../../src/core/text";

const sentences = (text: string) => splitSentences(text).map((s) => s.text.trim());

describe("splitSentences", () => {
  test.each([
    ["Bitte bringen Sie z. B. Ihren Pass mit. Danke.", ["Bitte bringen Sie z. B. Ihren Pass mit.", "Danke."]],
    ["Das gilt d. h. für alle. Auch u. a. für Sie.", ["Das gilt d. h. für alle.", "Auch u. a. für Sie."]],
    ["Sie können ggf. bzw. bei Bedarf anrufen. Gut.", ["Sie können ggf. bzw. bei Bedarf anrufen.", "Gut."]],
    ["Siehe Nr. 5 und Art. 9 DSGVO. Weiter.", ["Siehe Nr. 5 und Art. 9 DSGVO.", "Weiter."]],
    ["Nach § 28 Abs. 3 WoGG müssen Sie zahlen. Ende.", ["Nach § 28 Abs. 3 WoGG müssen Sie zahlen.", "Ende."]],
    ["Herr Dr. Weißenfels wohnt in der Bahnhofstr. 4. Er kommt.", ["Herr Dr. Weißenfels wohnt in der Bahnhofstr. 4.", "Er kommt."]],
    ["Die Frist endet am 15. März 2026. Bitte beachten Sie das.", ["Die Frist endet am 15. März 2026.", "Bitte beachten Sie das."]],
    ["Die 4. Sitzung findet statt. Alle kommen.", ["Die 4. Sitzung findet statt.", "Alle kommen."]],
    ["Unterlagen\n1. ein Pass,\n2. ein Lichtbild", ["Unterlagen", "1. ein Pass,", "2. ein Lichtbild"]],
    ["TOP 1: Begrüßung\nDie Sitzung beginnt. Alle sind da.", ["TOP 1: Begrüßung", "Die Sitzung beginnt.", "Alle sind da."]],
  ])("%s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test("spans point into the original text", () => {
    const text = "Erster Satz. Zweiter z. B. hier.";
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("chunkText", () => {
  const paragraph = (n: number) => `Absatz ${n}. ${"Die Verwaltung prüft den Antrag sorgfältig und zeitnah. ".repeat(20)}`.trim();
  const doc = Array.from({ length: 30 }, (_, i) => paragraph(i)).join("\n\n");

  test("a short text is one chunk", () => {
    expect(chunkText("Kurz.", 100)).toEqual([{ text: "Kurz.", separator: "" }]);
  });

  test("splits on paragraph boundaries within the budget, losslessly", () => {
    const chunks = chunkText(doc, 1000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(estimateTokens(chunk.text)).toBeLessThanOrEqual(1000);
      expect(chunk.text.startsWith("Absatz ")).toBe(true);
    }
    expect(chunks.map((c) => c.text + c.separator).join("")).toBe(doc);
  });

  test("a paragraph over the budget is split between sentences, never inside one", () => {
    const long = "Bitte senden Sie uns z. B. den Pass. ".repeat(200).trim();
    const chunks = chunkText(long, 300);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text + c.separator).join("")).toBe(long);
    for (const chunk of chunks) expect(chunk.text.trim()).toMatch(/^Bitte senden Sie uns z\. B\. den Pass\.( |$)/);
    for (const chunk of chunks) expect(chunk.text.trim().endsWith("den Pass.")).toBe(true);
  });
});

describe("checkSentences", () => {
  test("measures average length and names the sentences that are too long", () => {
    const long =
      "Im Rahmen der von Amts wegen durchzuführenden Überprüfung der Anspruchsvoraussetzungen wurde seitens der hiesigen Behörde festgestellt, dass Ihr Einkommen gestiegen ist.";
    const check = checkSentences(`Sie bekommen Post. ${long}`, { averageWords: 12, maxWords: 15 });
    expect(check.sentences).toBe(2);
    expect(check.tooLong).toEqual([long]);
    expect(check.passed).toBe(false);
    expect(check.averageWords).toBeCloseTo((3 + countWords(long)) / 2);
  });

  test("short sentences pass", () => {
    expect(checkSentences("Sie bekommen Post.\nBitte lesen Sie den Brief.", { averageWords: 12, maxWords: 15 }).passed).toBe(true);
  });
});
