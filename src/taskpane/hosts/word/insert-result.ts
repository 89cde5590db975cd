import { blocksToHtml, blocksToText, type Block } from "../../../core/markdown";
import { loadSanitizer } from "../html-sanitizer";
import { resultBlocks } from "../result-blocks";
import type { InsertLayout, InsertMode } from "../host-adapter";
import { HostError } from "../host-error";
import type { WordHandle } from "./paragraph-info";
import type { WordApi } from "./word-api";
import { insertBlocksAfter, mapsOntoParagraphs, writeRuns } from "./write-blocks";

/** Word normalises line breaks to \r; compare texts without caring which. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?|\n/gu, "\n").trimEnd();
  return norm(a) === norm(b);
}

/**
 * Writes a result in two syncs: the first loads the range, its paragraphs
 * and the tracking mode and checks for conflicts; the second holds every
 * write, so that it reaches Word as one batch (one undo step where Word
 * allows it). Tracked changes switch on for the write and back to exactly
 * the user's mode in the same batch.
 */
export async function insertWordResult(api: WordApi, handle: WordHandle, markdown: string, mode: InsertMode, layout: InsertLayout): Promise<void> {
  const [blocks, { sanitizeHtml }] = await Promise.all([resultBlocks(markdown, layout), loadSanitizer()]);
  const replacing = mode === "replace" || mode === "replaceTracked";
  const { range } = handle;
  await Word.run(range, async (context) => {
    range.load("text");
    const paragraphs = range.paragraphs.load(api.paragraphs ? "items/text,items/isListItem,items/tableNestingLevel" : "items/text");
    if (mode === "replaceTracked") context.document.load("changeTrackingMode");
    await context.sync();

    // Never overwrite text the user changed while the result streamed in.
    if (replacing && !sameText(range.text, handle.rawText)) throw new HostError("source_changed");
    const items = paragraphs.items;
    const body = items.filter((_, index) => !handle.paragraphs[index]?.inTable);

    const previousMode = mode === "replaceTracked" ? context.document.changeTrackingMode : undefined;
    if (previousMode !== undefined) context.document.changeTrackingMode = "TrackAll";
    let last: Word.Range | undefined;
    if (mode === "comment") {
      range.insertComment(blocksToText(blocks));
    } else if (mode === "insertBelow") {
      last = insertBelow(api, items.at(-1)!, blocks, handle, layout, sanitizeHtml);
    } else if (
      mapsOntoParagraphs(
        blocks,
        body.map((paragraph) => paragraph.text),
      )
    ) {
      // Paragraph by paragraph: each keeps its style and list membership.
      body.forEach((paragraph, index) => {
        const target = handle.wholeParagraphs || !api.paragraphs ? paragraph : paragraph.getRange("Content").intersectWith(range);
        last = writeRuns(target, blocks[index]!.runs, layout);
      });
    } else if (items.length !== body.length) {
      throw new HostError("table_in_selection");
    } else if (api.paragraphs && handle.wholeParagraphs) {
      // New structure: write the blocks after the originals, then remove the originals as whole paragraphs.
      last = insertBlocksAfter(items.at(-1)!, blocks, { bodyStyle: bodyStyle(handle), anchorIsListItem: items.at(-1)!.isListItem }, layout);
      items[0]!.getRange("Whole").expandTo(items.at(-1)!.getRange("Whole")).delete();
    } else if (blocks.length === 1) {
      last = writeRuns(range, blocks[0]!.runs, layout);
    } else {
      last = range.insertHtml(sanitizeHtml(blocksToHtml(blocks)), "Replace");
    }
    if (previousMode !== undefined) context.document.changeTrackingMode = previousMode;
    last?.select("End");
    context.trackedObjects.remove(range);
    try {
      await context.sync();
    } catch (error) {
      // Word does not roll a failed batch back: at least give the user their tracking mode again.
      if (previousMode !== undefined) {
        context.document.changeTrackingMode = previousMode;
        await context.sync().catch(() => undefined);
      }
      throw error;
    }
  });
}

function insertBelow(
  api: WordApi,
  anchor: Word.Paragraph,
  blocks: Block[],
  handle: WordHandle,
  layout: InsertLayout,
  sanitizeHtml: (html: string) => string,
): Word.Range | undefined {
  if (api.paragraphs) return insertBlocksAfter(anchor, blocks, { bodyStyle: bodyStyle(handle), anchorIsListItem: anchor.isListItem }, layout);
  // WordApi 1.1 has no list API: Word builds lists and headings from sanitised HTML.
  return anchor.insertParagraph("", "After").insertHtml(sanitizeHtml(blocksToHtml(blocks)), "Replace");
}

function bodyStyle(handle: WordHandle): string | undefined {
  return handle.paragraphs.find((paragraph) => !paragraph.heading && !paragraph.list && !paragraph.inTable)?.style;
}
