import hyphenopoly from "hyphenopoly";
import { countSyllablesHeuristic, type SyllableCounter } from "./syllables";

/** Reads a pattern file ("de-x-syllable.wasm"): fs in Node, fetch in the browser. */
export type PatternLoader = (file: string, patternDir: URL) => Promise<ArrayBuffer | Uint8Array>;

const SEPARATOR = "\u2022";

/**
 * Syllable counting with hyphenopoly's `de-x-syllable` patterns (Liang's
 * algorithm, trained on German syllabification). Words it cannot split
 * fall back to the vowel-group heuristic.
 */
export async function createHyphenationCounter(loader: PatternLoader): Promise<SyllableCounter> {
  const hyphenator = hyphenopoly.config({
    require: ["de-x-syllable"],
    hyphen: SEPARATOR,
    leftmin: 1,
    rightmin: 1,
    minWordLength: 2,
    compound: "all",
    loader: async (file: string, patDir: URL) => loader(file, patDir),
  });
  const hyphenate = (await hyphenator.get("de-x-syllable")) as (text: string) => string;
  return (word: string) => {
    if (!/\p{L}/u.test(word)) return 0;
    const parts = hyphenate(word)
      .split(SEPARATOR)
      .filter((part) => /\p{L}/u.test(part));
    return parts.length > 0 ? parts.length : countSyllablesHeuristic(word);
  };
}
