import { splitSentences } from "./sentences";

/**
 * Rough token count for German text. Model tokenizers give about three to
 * four characters per token for German; three errs on the safe side.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

export interface Chunk {
  text: string;
  /** What stood between this chunk and the next in the original ("\n\n"), so results join the same way. */
  separator: string;
}

/** Splits a paragraph that is too long on its own at sentence ends, never inside a sentence. */
function splitParagraph(paragraph: string, maxTokens: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const sentence of splitSentences(paragraph)) {
    const piece = paragraph.slice(sentence.start, sentence.end);
    if (current && estimateTokens(current + piece) > maxTokens) {
      parts.push(current);
      current = "";
    }
    current += piece;
  }
  if (current) parts.push(current);
  // Whatever lies between sentences (spaces) belongs to the piece before it.
  const joined = parts.join("");
  if (joined !== paragraph) parts[parts.length - 1] += paragraph.slice(joined.length);
  return parts;
}

/**
 * Splits text into chunks of at most `maxTokens` (estimated) on paragraph
 * boundaries, or sentence boundaries inside a paragraph that is too long.
 * Joining chunk texts with their separators gives back the original.
 */
export function chunkText(text: string, maxTokens: number): Chunk[] {
  if (estimateTokens(text) <= maxTokens) return [{ text, separator: "" }];
  const pieces: Chunk[] = [];
  for (const match of text.matchAll(/([^\n]*)(\n*)/gu)) {
    if (match[0] === "") continue;
    const [, paragraph, breaks] = match as unknown as [string, string, string];
    if (estimateTokens(paragraph) <= maxTokens) {
      pieces.push({ text: paragraph, separator: breaks });
      continue;
    }
    const parts = splitParagraph(paragraph, maxTokens);
    parts.forEach((part, index) => pieces.push({ text: part, separator: index === parts.length - 1 ? breaks : "" }));
  }
  const chunks: Chunk[] = [];
  for (const piece of pieces) {
    const last = chunks.at(-1);
    if (last && estimateTokens(last.text + last.separator + piece.text) <= maxTokens) {
      last.text += last.separator + piece.text;
      last.separator = piece.separator;
    } else {
      chunks.push({ ...piece });
    }
  }
  return chunks;
}
