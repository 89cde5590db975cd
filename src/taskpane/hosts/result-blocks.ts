import { markdownToBlocks, oneSentencePerParagraph, type Block } from "../../core/markdown";
import type { InsertLayout } from "./host-adapter";

/** The result as blocks, laid out as the task asks (a sentence per paragraph for Leichte Sprache). */
export function resultBlocks(markdown: string, layout: InsertLayout): Block[] {
  const blocks = markdownToBlocks(markdown);
  return layout.sentencePerParagraph ? oneSentencePerParagraph(blocks) : blocks;
}
