import { countWords } from "./sentences";

/** Counts for the pane's source line ("3 Absätze, 142 Wörter"). */
export interface TextStats {
  paragraphs: number;
  words: number;
  characters: number;
}

export function textStats(text: string): TextStats {
  const paragraphs = text.split(/\r?\n|\r/u).filter((line) => line.trim() !== "").length;
  return { paragraphs, words: countWords(text), characters: text.length };
}

/** True when the text holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}
