import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countSyllablesHeuristic, countWordSyllables } from "../../../src/core/readability";
import { nodeSyllableCounter } from "../../../src/server/readability/syllable-counter";

const GOLD = readFileSync(join(__dirname, "..", "..", "fixtures", "syllables-gold.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => {
    const [word, count] = line.trim().split(/\s+/u);
    return { word: word!, count: Number(count) };
  });

describe("syllable counting against the hand-checked gold list", () => {
  test("the gold list has at least 300 words", () => {
    expect(new Set(GOLD.map((g) => g.word)).size).toBeGreaterThanOrEqual(300);
  });

  test("hyphenopoly's de-x-syllable patterns are at least 95 % accurate", async () => {
    const count = await nodeSyllableCounter();
    const wrong = GOLD.filter((g) => count(g.word) !== g.count).map((g) => `${g.word}: ${count(g.word)} ≠ ${g.count}`);
    const accuracy = 1 - wrong.length / GOLD.length;
    if (accuracy < 0.95) console.log(wrong.join("\n"));
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  test("the vowel-group fallback is close enough to stand in (≥ 85 %)", () => {
    const right = GOLD.filter((g) => countSyllablesHeuristic(g.word) === g.count).length;
    expect(right / GOLD.length).toBeGreaterThanOrEqual(0.85);
  });

  test("compounds with hyphens count their parts", async () => {
    const count = await nodeSyllableCounter();
    expect(countWordSyllables("Wohngeld-Stelle", count)).toBe(4);
    expect(countWordSyllables("Rückforderungs·Bescheid", count)).toBe(6);
  });
});
