import type { InsertLayout } from "../hosts/host-adapter";
import { loadMarkdown } from "../hosts/result-blocks";
import { copyFormatted } from "../lib/clipboard";
import type { Feedback } from "./feedback-bar";

/**
 * Copies a result as the clerk reads it: plain text without Markdown marks,
 * and the same as simple HTML, so that Word or Outlook keep headings, lists
 * and bold when it is pasted there. The parser loads on first use; if it
 * cannot load (the network is gone), copying fails and the clerk is told to
 * copy by hand.
 */
export async function copyResult(markdown: string, layout: InsertLayout = {}): Promise<Feedback> {
  const copied = await loadMarkdown()
    .then(({ laidOutBlocks, blocksToText, blocksToHtml }) => {
      const blocks = laidOutBlocks(markdown, layout.sentencePerParagraph);
      return copyFormatted(blocksToText(blocks), blocksToHtml(blocks));
    })
    .catch(() => false);
  return copied ? { intent: "success", key: "copy.done" } : { intent: "error", key: "copy.failed" };
}
