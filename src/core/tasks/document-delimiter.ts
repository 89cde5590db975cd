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
