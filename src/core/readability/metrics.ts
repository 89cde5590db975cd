/** Raw counts of an analysed text. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words with more than six letters. */
  longWords: number;
  /** Words with three or more syllables. */
  polysyllables: number;
  /** Words with one syllable. */
  monosyllables: number;
  /** Sentences with more than 20 words. */
  longSentences: number;
}

export interface ReadabilityMetrics {
  /** Flesch Reading Ease, German version by Amstad: 180 − ASL − 58.5 × ASW. */
  fleschAmstad: number;
  /** The four Wiener Sachtextformeln (Bamberger & Vanecek), as school grades. */
  wstf1: number;
  wstf2: number;
  wstf3: number;
  wstf4: number;
  /** Läsbarhetsindex: ASL + percentage of words with more than six letters. */
  lix: number;
  /** SMOG for German (Bamberger & Vanecek): √(words with ≥ 3 syllables per 30 sentences) − 2. */
  smogDe: number;
  averageSentenceLength: number;
  averageSyllablesPerWord: number;
  /** Percentages. */
  longSentenceShare: number;
  longWordShare: number;
  polysyllableShare: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function computeMetrics(c: TextCounts): ReadabilityMetrics {
  const sentences = Math.max(1, c.sentences);
  const words = Math.max(1, c.words);
  const asl = c.words / sentences;
  const asw = c.syllables / words;
  const ms = (100 * c.polysyllables) / words;
  const iw = (100 * c.longWords) / words;
  const es = (100 * c.monosyllables) / words;
  return {
    fleschAmstad: round(180 - asl - 58.5 * asw),
    wstf1: round(0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875),
    wstf2: round(0.2007 * ms + 0.1682 * asl + 0.1373 * iw - 2.779),
    wstf3: round(0.2963 * ms + 0.1905 * asl - 1.1144),
    wstf4: round(0.2744 * ms + 0.2656 * asl - 1.693),
    lix: round(asl + iw),
    smogDe: round(Math.sqrt((c.polysyllables * 30) / sentences) - 2),
    averageSentenceLength: round(asl),
    averageSyllablesPerWord: round(asw, 2),
    longSentenceShare: round((100 * c.longSentences) / sentences),
    longWordShare: round(iw),
    polysyllableShare: round(ms),
  };
}

export type DifficultyBand = "sehr schwer" | "schwer" | "mittelschwer" | "mittel" | "mittelleicht" | "leicht" | "sehr leicht";
export type TargetGroup = "Leichte Sprache" | "Einfache Sprache" | "allgemein verständlich" | "Fachtext";

/** Amstad's bands for the German Flesch score. */
export function difficultyBand(flesch: number): DifficultyBand {
  if (flesch < 30) return "sehr schwer";
  if (flesch < 50) return "schwer";
  if (flesch < 60) return "mittelschwer";
  if (flesch < 70) return "mittel";
  if (flesch < 80) return "mittelleicht";
  if (flesch < 90) return "leicht";
  return "sehr leicht";
}

/**
 * A rough estimate of whom a text suits, from the Flesch score and sentence
 * length. It is a hint, not a certification: Leichte Sprache must be checked
 * by people from the target group.
 */
export function estimateTargetGroup(m: ReadabilityMetrics): TargetGroup {
  if (m.fleschAmstad >= 80 && m.averageSentenceLength <= 10) return "Leichte Sprache";
  if (m.fleschAmstad >= 60 && m.averageSentenceLength <= 15) return "Einfache Sprache";
  if (m.fleschAmstad >= 40) return "allgemein verständlich";
  return "Fachtext";
}
