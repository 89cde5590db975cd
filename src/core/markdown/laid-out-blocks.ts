import type { Block } from "./blocks";
import { markdownToBlocks } from "./markdown-to-blocks";
import { oneSentencePerParagraph } from "./one-sentence-per-paragraph";

/** A result's blocks as the hosts write and the pane shows them: a sentence per paragraph for Leichte Sprache. */
export function laidOutBlocks(markdown: string, sentencePerParagraph = false): Block[] {
  const blocks = markdownToBlocks(markdown);
  return sentencePerParagraph ? oneSentencePerParagraph(blocks) : blocks;
}
