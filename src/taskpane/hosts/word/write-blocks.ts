import { blockText, type Block, type InlineRun } from "../../../core/markdown";
import type { InsertLayout } from "../host-adapter";

/**
 * Queues the Office.js calls that write result blocks. Nothing here syncs:
 * the caller sends all of it to Word in one batch.
 */

/**
 * Writes runs into `target`, replacing it. Bold and italic are set only where the block uses them, so plain text keeps the paragraph's own look.
 * `lowered`: the text is set on the line (not raised), where it would otherwise take a note reference's formatting.
 */
export function writeRuns(target: Word.Range | Word.Paragraph, runs: InlineRun[], layout: InsertLayout, options: { lowered?: boolean } = {}): Word.Range {
  const setBold = runs.some((run) => run.bold);
  const setItalic = runs.some((run) => run.italic);
  let last: Word.Range | undefined;
  for (const run of runs.length > 0 ? runs : [{ text: "" }]) {
    last = last ? last.insertText(run.text, "After") : target.insertText(run.text, "Replace");
    if (setBold) last.font.bold = !!run.bold;
    if (setItalic) last.font.italic = !!run.italic;
    if (layout.fontSize) last.font.size = layout.fontSize;
    if (options.lowered) last.font.superscript = false;
  }
  return last!;
}

/** Paragraph style for body text: the first body paragraph's own style, so custom letter styles survive. */
export interface BuildContext {
  bodyStyle?: string;
  /** Whether the paragraph we insert after is a list item (new paragraphs inherit that). */
  anchorIsListItem: boolean;
}

/**
 * Inserts blocks as new paragraphs after `anchor` (WordApi 1.3): headings
 * get built-in heading styles, list items real Word lists with levels and
 * numbering, body text the body style. Returns the last written range.
 */
export function insertBlocksAfter(anchor: Word.Paragraph, blocks: Block[], build: BuildContext, layout: InsertLayout): Word.Range | undefined {
  let previous = anchor;
  let previousIsListItem = build.anchorIsListItem;
  let list: { list: Word.List; levels: Set<number> } | undefined;
  let last: Word.Range | undefined;
  for (const block of blocks) {
    const paragraph = previous.insertParagraph("", "After");
    if (block.kind === "listItem") {
      if (!list) {
        // A new list: detach from any list inherited from the anchor first, as startNewList requires.
        if (previousIsListItem) paragraph.detachFromList();
        list = { list: paragraph.startNewList(), levels: new Set() };
      }
      if (!list.levels.has(block.level)) {
        list.levels.add(block.level);
        if (block.ordered) list.list.setLevelNumbering(block.level, "Arabic", [block.level, "."]);
        else list.list.setLevelBullet(block.level, "Solid");
      }
      paragraph.listItem.level = block.level;
    } else {
      if (previousIsListItem) paragraph.detachFromList();
      list = undefined;
      if (block.kind === "heading") paragraph.styleBuiltIn = `Heading${Math.min(9, block.level)}` as Word.BuiltInStyleName;
      else if (build.bodyStyle) paragraph.style = build.bodyStyle;
      else paragraph.styleBuiltIn = "Normal";
    }
    last = writeRuns(paragraph, block.runs, layout);
    previous = paragraph;
    previousIsListItem = block.kind === "listItem";
  }
  return last;
}

/** One result block per source paragraph: the result can be written paragraph by paragraph. */
export function mapsOntoParagraphs(blocks: Block[], paragraphTexts: string[]): boolean {
  return blocks.length > 0 && blocks.length === paragraphTexts.length && blocks.every((block) => blockText(block).trim() !== "");
}
