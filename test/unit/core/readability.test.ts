import { analyzeReadability, computeMetrics, difficultyBand, estimateTargetGroup, type FindingKind, type SyllableCounter } from "../../../src/core/readability";

/** Syllables fixed by hand, so the test checks counting rules and formulas, not the hyphenation patterns. */
const HAND: Record<string, number> = { Wir: 1, prüfen: 2, Ihren: 2, Antrag: 2, Die: 1, Entscheidung: 3, bekommen: 3, Sie: 1, bald: 1 };
const hand: SyllableCounter = (word) => HAND[word] ?? NaN;

describe("metrics computed by hand", () => {
  // 2 sentences, 9 words, 16 syllables; > 6 letters: Entscheidung, bekommen (2); ≥ 3 syllables: the same 2; 1 syllable: Wir, Die, Sie, bald (4).
  const report = analyzeReadability("Wir prüfen Ihren Antrag. Die Entscheidung bekommen Sie bald.", { syllables: hand });

  test("counts", () => {
    expect(report.counts).toEqual({ sentences: 2, words: 9, syllables: 16, longWords: 2, polysyllables: 2, monosyllables: 4, longSentences: 0 });
  });

  test("formulas", () => {
    const ASL = 9 / 2;
    const ASW = 16 / 9;
    const MS = (100 * 2) / 9;
    const IW = (100 * 2) / 9;
    const ES = (100 * 4) / 9;
    const r1 = (x: number) => Math.round(x * 10) / 10;
    expect(report.metrics.fleschAmstad).toBe(r1(180 - ASL - 58.5 * ASW)); // 71.5
    expect(report.metrics.fleschAmstad).toBe(71.5);
    expect(report.metrics.wstf1).toBe(r1(0.1935 * MS + 0.1672 * ASL + 0.1297 * IW - 0.0327 * ES - 0.875)); // 5.6
    expect(report.metrics.wstf1).toBe(5.6);
    expect(report.metrics.wstf2).toBe(5.5); // 0.2007·22.2 + 0.1682·4.5 + 0.1373·22.2 − 2.779
    expect(report.metrics.wstf3).toBe(6.3); // 0.2963·22.2 + 0.1905·4.5 − 1.1144
    expect(report.metrics.wstf4).toBe(5.6); // 0.2744·22.2 + 0.2656·4.5 − 1.693
    expect(report.metrics.lix).toBe(26.7); // 4.5 + 22.2
    expect(report.metrics.smogDe).toBe(3.5); // √(2 · 30 / 2) − 2
    expect(report.metrics.averageSentenceLength).toBe(4.5);
  });

  test("bands and target group", () => {
    expect(report.band).toBe("mittelleicht");
    expect(report.verdict).toBe("Der Text ist mittelleicht zu lesen (Flesch 71,5). Geeignet für: Einfache Sprache.");
    expect(difficultyBand(29.9)).toBe("sehr schwer");
    expect(difficultyBand(95)).toBe("sehr leicht");
    expect(
      estimateTargetGroup(computeMetrics({ sentences: 10, words: 80, syllables: 110, longWords: 5, polysyllables: 3, monosyllables: 50, longSentences: 0 })),
    ).toBe("Leichte Sprache");
    expect(
      estimateTargetGroup(computeMetrics({ sentences: 2, words: 60, syllables: 150, longWords: 30, polysyllables: 25, monosyllables: 10, longSentences: 2 })),
    ).toBe("Fachtext");
  });

  test("a hyphenated compound is one word with the syllables of its parts", () => {
    const r = analyzeReadability("Die Wohngeld-Stelle hilft.", { syllables: (w) => ({ Die: 1, Wohngeld: 2, Stelle: 2, hilft: 1 })[w] ?? NaN });
    expect(r.counts).toMatchObject({ words: 3, syllables: 6 });
  });
});

describe("findings, with offsets into the text", () => {
  const kinds = (text: string) => analyzeReadability(text).findings.map((f) => f.kind);
  const first = (text: string, kind: FindingKind) => analyzeReadability(text).findings.find((f) => f.kind === kind)!;

  test.each([
    ["Ihr Antrag wird von uns geprüft.", "passive"],
    ["Der Betrag ist bis zum 7. November 2025 zu erstatten.", "passive"],
    ["Die Unterlagen sind bis zum 28. November einzureichen.", "passive"],
    ["Es wäre gut, wenn Sie anrufen.", "subjunctive"],
    ["Das ist nicht unerheblich.", "negation"],
    ["Bei Nichtbeachtung droht ein Bußgeld.", "negation"],
    ["Bitte bringen Sie z. B. den Pass mit.", "abbreviation"],
    ["Nach dem WoGG steht Ihnen das zu.", "abbreviation"],
    ["Wir bitten um Übersendung der Unterlagen.", "officialese"],
    ["Die Rückforderungsbescheidverfügung kommt.", "longWord"],
    ["Die Prüfung der Erhöhung und die Bearbeitung der Forderung dauern.", "nominalStyle"],
    ["Wir bringen die Regel zur Anwendung.", "nominalStyle"],
    ["Wir werden die Regel zur Anwendung bringen.", "officialese"],
  ] as [string, FindingKind][])("%s → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  test("a sentence over 20 words is long, with its span", () => {
    const text = `Kurz. ${"Wort ".repeat(22).trim()}.`;
    const f = first(text, "longSentence");
    expect(text.slice(f.start, f.end)).toBe(`${"Wort ".repeat(22).trim()}.`);
    expect(f.message).toMatch(/22 Wörtern/);
  });

  test("officialese offsets point at the term and name alternatives", () => {
    const text = "Sie erhalten beiliegend den Bescheid.";
    const f = first(text, "officialese");
    expect(text.slice(f.start, f.end)).toBe("beiliegend");
    expect(f.message).toBe("Amtsdeutsch: „beiliegend“. Einfacher: „mit diesem Brief“.");
  });

  test("a long compound gets a hyphen suggestion", () => {
    expect(first("Sie bekommen einen Rückforderungsbescheid.", "longWord").suggestion).toBe("Rückforderungs-Bescheid");
  });

  test("file numbers and IBANs are not abbreviations", () => {
    expect(kinds("Az. 50.3-WG-2025-04711, IBAN DE89 3704 0044 0532 0130 00")).toEqual(["abbreviation", "abbreviation"]);
  });

  test("plain text has no findings", () => {
    expect(kinds("Wir prüfen Ihren Antrag. Sie bekommen bald Post von uns.")).toEqual([]);
  });

  test("admins can extend the lexicon", () => {
    const report = analyzeReadability("Bitte beachten Sie die Hausmitteilung.", { lexicon: [{ term: "Hausmitteilung", alternatives: ["interne Nachricht"] }] });
    expect(report.findings.map((f) => f.suggestion)).toContain("interne Nachricht");
  });
});

describe("the officialese lexicon", () => {
  test("has at least 200 entries, each with an alternative", async () => {
    const { OFFICIALESE } = await import("../../../src/core/readability");
    expect(OFFICIALESE.length).toBeGreaterThanOrEqual(200);
    for (const entry of OFFICIALESE) expect(entry.alternatives.length).toBeGreaterThan(0);
    expect(new Set(OFFICIALESE.map((e) => e.term.toLowerCase())).size).toBe(OFFICIALESE.length);
  });
});
