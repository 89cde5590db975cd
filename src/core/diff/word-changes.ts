import { diffWordsWithSpace } from "diff";

/** A run of text that the rewrite kept, added or removed. */
export interface WordChange {
  text: string;
  change: "same" | "added" | "removed";
}

/**
 * Above this many added and removed words and spaces, the new text is
 * another text: a comparison is no help to read, and finding it takes
 * seconds (jsdiff's Myers diff costs about length × edits).
 */
export const MAX_EDITS = 3000;

/**
 * The word-level changes from an original to its rewrite, or undefined when
 * they are too many to show (more than MAX_EDITS, or longer than `timeoutMs`
 * to find, which very long texts with few changes can still take).
 */
export function wordChanges(original: string, result: string, timeoutMs = 5000): WordChange[] | undefined {
  const parts = diffWordsWithSpace(original.replace(/\r\n?/gu, "\n"), result, { maxEditLength: MAX_EDITS, timeout: timeoutMs });
  return parts?.map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }));
}
