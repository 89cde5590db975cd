/**
 * The research question set and its corpus (see README.md here): types and
 * loaders only, shared by the integrity test and the retrieval benchmark.
 */
import { readFileSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";

export const CORPUS_DIR = join(__dirname, "corpus");
export const QUESTIONS_FILE = join(__dirname, "questions.json");

export const KINDS = ["fact", "rule", "procedure", "none"] as const;
export type QuestionKind = (typeof KINDS)[number];

/** A passage that answers a question: an exact substring of one corpus file. */
export interface GoldPassage {
  doc: string;
  quote: string;
}

export interface ResearchQuestion {
  id: string;
  question: string;
  kind: QuestionKind;
  /** Empty when the corpus does not answer the question. */
  gold: GoldPassage[];
  /** "independent": written without looking at any search code. */
  author: string;
}

export type CorpusFormat = "md" | "txt" | "html";

export interface CorpusDocument {
  name: string;
  format: CorpusFormat;
  text: string;
}

export function loadQuestions(): ResearchQuestion[] {
  return JSON.parse(readFileSync(QUESTIONS_FILE, "utf8")) as ResearchQuestion[];
}

export function loadCorpus(): CorpusDocument[] {
  return readdirSync(CORPUS_DIR)
    .sort()
    .map((name) => ({ name, format: extname(name).slice(1) as CorpusFormat, text: readFileSync(join(CORPUS_DIR, name), "utf8") }));
}

/** Words as a reader counts them: HTML tags dropped, tokens holding a letter or digit ("§" and dashes are not words). */
export function countWords(document: CorpusDocument): number {
  const text = document.format === "html" ? document.text.replace(/<[^>]*>/gu, " ") : document.text;
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
