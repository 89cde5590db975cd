import { readFileSync } from "node:fs";
import { join } from "node:path";
import { STRUCTURED_TYPES, Unmasker, maskText } from "../../../src/core/privacy";
import { detectionQuality } from "../../helpers/detection-quality";
import { goldTexts } from "../../fixtures/pii-gold";

const letter = readFileSync(join(__dirname, "..", "..", "..", "..", "shared", "samples", "anhoerung-wohngeld.txt"), "utf8");
const texts = goldTexts(letter);

test("the labelled set has at least 150 texts", () => {
  expect(texts.length).toBeGreaterThanOrEqual(150);
});

test("recall ≥ 99 % for structured types and ≥ 90 % for names; precision ≥ 95 % overall", () => {
  const { perType, precision } = detectionQuality(texts);
  const report = perType
    .map((t) => `${t.type}: recall ${(t.recall * 100).toFixed(1)} % (${t.found}/${t.planted}), precision ${(t.precision * 100).toFixed(1)} %`)
    .join("\n");
  for (const entry of perType) {
    const target = entry.type === "PERSON" ? 0.9 : [...STRUCTURED_TYPES, "GEBURTSDATUM", "ADRESSE"].includes(entry.type) ? 0.99 : 0.9;
    expect([report, entry.type, entry.recall >= target]).toEqual([report, entry.type, true]);
  }
  expect([report, precision >= 0.95]).toEqual([report, true]);
});

test("no labelled fact is masked, not even in part", () => {
  const { keptFacts, maskedFacts } = detectionQuality(texts);
  expect(keptFacts).toBeGreaterThan(50);
  expect(maskedFacts).toEqual([]);
});

test("mask, then restore, gives back every text exactly, however the stream is cut", () => {
  for (const { text } of texts) {
    const masked = maskText(text);
    const unmasker = new Unmasker(masked.values);
    let restored = "";
    for (let i = 0; i < masked.text.length; i += 3) restored += unmasker.push(masked.text.slice(i, i + 3));
    restored += unmasker.end();
    expect(restored).toBe(text);
    expect(unmasker.report()).toEqual({ dropped: [], invented: [] });
  }
});
