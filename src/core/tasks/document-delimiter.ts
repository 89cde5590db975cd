/**
 * The user's text travels as data between these tags. The system prompt tells
 * the model never to follow instructions found inside them.
 */
export const DOCUMENT_OPEN = "<dokument>";
export const DOCUMENT_CLOSE = "</dokument>";

const tagPattern = /<\s*\/?\s*dokument\s*>/giu;

/**
 * Wraps text as delimited data. Tags inside the text are defused (angle
 * brackets become look-alike brackets) so a document cannot close the block
 * early and smuggle in instructions.
 */
export function wrapDocument(text: string): string {
  const defused = text.replace(tagPattern, (tag) => tag.replace("<", "‹").replace(">", "›"));
  return `${DOCUMENT_OPEN}\n${defused}\n${DOCUMENT_CLOSE}`;
}

/** A delimiter the model repeated, with the line break after it when it stands at a line's end. */
const repeatedTag = new RegExp(`${tagPattern.source}(?:[ \\t]*\\r?\\n)?`, "giu");

/** Removes the delimiters a model repeated from its answer; nothing else in angle brackets is touched. */
export function removeDocumentDelimiters(text: string): string {
  return text.replace(repeatedTag, "");
}

/** The start of a delimiter, or a whole one whose line break may still follow, at the end of streamed text. */
const tagStart = /<\s*\/?\s*(?:d(?:o(?:k(?:u(?:m(?:e(?:n(?:t\s*(?:>[ \t]*\r?)?)?)?)?)?)?)?)?)?$/iu;

/** How many characters at the end of `text` must wait: they may still turn out to be a delimiter. */
export function pendingDelimiterLength(text: string): number {
  return tagStart.exec(text)?.[0].length ?? 0;
}
