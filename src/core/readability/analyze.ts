import { splitSentences } from "../text";
import { abbreviationFindings, createLexiconMatcher, sentenceFindings, wordFindings, type Finding, type SentenceInfo } from "./findings";
import { OFFICIALESE, type LexiconEntry } from "./lexicon/officialese";
import {
  computeMetrics,
  difficultyBand,
  estimateTargetGroup,
  type DifficultyBand,
  type ReadabilityMetrics,
  type TargetGroup,
  type TextCounts,
} from "./metrics";
import { countWordSyllables, countSyllablesHeuristic, type SyllableCounter } from "./syllables";
import { letterCount, tokenize } from "./tokenize";

export interface ReadabilityReport {
  counts: TextCounts;
  metrics: ReadabilityMetrics;
  band: DifficultyBand;
  targetGroup: TargetGroup;
  /** A one-line verdict in plain German. */
  verdict: string;
  findings: Finding[];
}

export interface AnalyzeOptions {
  /** Syllable counter; the vowel-group heuristic when patterns are not loaded. */
  syllables?: SyllableCounter;
  /** Extra lexicon entries from the admin. */
  lexicon?: readonly LexiconEntry[];
}

const defaultMatcher = createLexiconMatcher(OFFICIALESE);

/** Analyses a German text: counts, metrics, bands and findings with offsets into `text`. */
export function analyzeReadability(text: string, options: AnalyzeOptions = {}): ReadabilityReport {
  const count = options.syllables ?? countSyllablesHeuristic;
  const matcher = options.lexicon?.length ? createLexiconMatcher([...OFFICIALESE, ...options.lexicon]) : defaultMatcher;
  const sentences: SentenceInfo[] = splitSentences(text)
    .map((span) => ({ ...span, tokens: tokenize(span.text, span.start) }))
    .filter((sentence) => sentence.tokens.length > 0);
  const counts: TextCounts = { sentences: sentences.length, words: 0, syllables: 0, longWords: 0, polysyllables: 0, monosyllables: 0, longSentences: 0 };
  const findings: Finding[] = [];
  for (const sentence of sentences) {
    if (sentence.tokens.length > 20) counts.longSentences += 1;
    for (const token of sentence.tokens) {
      const syllables = countWordSyllables(token.text, count);
      counts.words += 1;
      counts.syllables += syllables;
      if (letterCount(token.text) > 6) counts.longWords += 1;
      if (syllables >= 3) counts.polysyllables += 1;
      if (syllables === 1) counts.monosyllables += 1;
    }
    findings.push(...sentenceFindings(text, sentence), ...wordFindings(text, sentence.tokens));
  }
  findings.push(...abbreviationFindings(text), ...matcher(text, 0));
  findings.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  const metrics = computeMetrics(counts);
  const band = difficultyBand(metrics.fleschAmstad);
  const targetGroup = estimateTargetGroup(metrics);
  const verdict = `Der Text ist ${band} zu lesen (Flesch ${metrics.fleschAmstad.toLocaleString("de-DE")}). Geeignet für: ${targetGroup}.`;
  return { counts, metrics, band, targetGroup, verdict, findings };
}
