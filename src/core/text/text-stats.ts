/** Counts for the pane's source line ("3 Absätze, 142 Wörter"). */
export interface TextStats {
  paragraphs: number;
  words: number;
  characters: number;
}

const wordPattern = /[\p{L}\p{N}]/u;

export function textStats(text: string): TextStats {
  const paragraphs = text.split(/\r?\n|\r/u).filter((line) => line.trim() !== "").length;
  const words = text.split(/\s+/u).filter((token) => wordPattern.test(token)).length;
  return { paragraphs, words, characters: text.length };
}

/** True when the text holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}
