/** A word of the analysed text, with its place in it. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words: runs of letters (and digits inside them), joined by hyphens or apostrophes. Bare numbers are not words here. */
const WORD = /[\p{L}\p{N}]+(?:[-‐‑'’·][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].filter((m) => /\p{L}/u.test(m[0])).map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

export function letterCount(word: string): number {
  return word.replace(/[^\p{L}]/gu, "").length;
}
