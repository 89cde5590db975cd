import { loadMarkdown } from "../hosts/result-blocks";
import { copyText } from "../lib/clipboard";

/**
 * Copies a result as plain text without Markdown marks: what the clerk pastes
 * is what they read. The parser loads on first use; if it cannot load (the
 * network is gone), copying fails and the clerk is told to copy by hand.
 */
export async function copyPlain(markdown: string): Promise<boolean> {
  const plain = await loadMarkdown().then(({ blocksToText, markdownToBlocks }) => blocksToText(markdownToBlocks(markdown)), () => undefined);
  return plain !== undefined && (await copyText(plain));
}
