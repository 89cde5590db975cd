import type { Block } from "../../core/markdown";
import type { InsertLayout } from "./host-adapter";

/**
 * The result as blocks, laid out as the task asks (a sentence per paragraph
 * for Leichte Sprache). The Markdown parser is the largest part of writing,
 * so it loads with the first result, not with the pane.
 */
export async function resultBlocks(markdown: string, layout: InsertLayout): Promise<Block[]> {
  return (await loadMarkdown()).laidOutBlocks(markdown, layout.sentencePerParagraph);
}

export function loadMarkdown() {
  return import(/* webpackChunkName: "markdown" */ "../../core/markdown");
}
