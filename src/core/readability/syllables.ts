/** Counts the syllables of one word (letters only, no hyphens). */
export type SyllableCounter = (word: string) => number;

const VOWEL_GROUPS = /(?:aa|ee|oo|ie|ei|ai|ey|ay|au|eu|äu|ou|[aeiouäöüy])+/giu;
/** Vowel pairs that usually form two syllables ("Museum", "Ozean", "Situation"). */
const SPLIT_PAIRS = /(?:eu(?=m\b)|ea|eo|io|ua|ue(?=ll)|uo|iu|oe(?=[^s]))/giu;

/**
 * German vowel-group heuristic, used when hyphenation patterns are not
 * loaded: one syllable per vowel group, diphthongs and long vowels counted
 * once, a few hiatus pairs counted twice.
 */
export function countSyllablesHeuristic(word: string): number {
  const lower = word.toLowerCase();
  const groups = lower.match(VOWEL_GROUPS)?.length ?? 0;
  if (groups === 0) return /\p{L}/u.test(lower) ? 1 : 0;
  const splits = lower.match(SPLIT_PAIRS)?.length ?? 0;
  return groups + splits;
}

/** A compound with hyphens ("Wohngeld-Stelle") has the syllables of its parts. */
export function countWordSyllables(word: string, count: SyllableCounter): number {
  return word
    .split(/[-‐‑–·]/u)
    .filter((part) => /\p{L}/u.test(part))
    .reduce((sum, part) => sum + count(part.replace(/[^\p{L}]/gu, "")), 0);
}
