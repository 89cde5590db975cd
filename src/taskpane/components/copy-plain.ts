import { loadMarkdown } from "../hosts/result-blocks";
import { copyText } from "../lib/clipboard";
import type { Feedback } from "./feedback-bar";

/**
 * Copies a result as plain text without Markdown marks: what the clerk pastes
 * is what they read. The parser loads on first use; if it cannot load (the
 * network is gone), copying fails and the clerk is told to copy by hand.
 */
export async function copyPlain(markdown: string): Promise<Feedback> {
  const plain = await loadMarkdown().then(({ blocksToText, markdownToBlocks }) => blocksToText(markdownToBlocks(markdown)), () => undefined);
  const ok = plain !== undefined && (await copyText(plain));
  return ok ? { intent: "success", key: "copy.done" } : { intent: "error", key: "copy.failed" };
}
