import { countWords, splitSentences } from "./sentences";

/** Targets of a plain-language task, in words per sentence. */
export interface SentenceTargets {
  averageWords: number;
  maxWords: number;
}

export interface SentenceCheck {
  sentences: number;
  averageWords: number;
  /** Sentences over maxWords, as written, for a targeted revision. */
  tooLong: string[];
  passed: boolean;
}

/** Sentence length only: what the gateway checks a plain-language draft against before asking the model for a revision. */
export function checkSentences(text: string, targets: SentenceTargets): SentenceCheck {
  const sentences = splitSentences(text)
    .map((span) => span.text.trim())
    .filter((sentence) => countWords(sentence) > 0);
  const words = sentences.map(countWords);
  const averageWords = sentences.length ? words.reduce((a, b) => a + b, 0) / sentences.length : 0;
  const tooLong = sentences.filter((_, index) => words[index]! > targets.maxWords);
  return { sentences: sentences.length, averageWords, tooLong, passed: averageWords <= targets.averageWords && tooLong.length === 0 };
}
