import { blocksToHtml, blocksToText, type Block } from "../../../core/markdown";
import { loadSanitizer } from "../html-sanitizer";
import { resultBlocks } from "../result-blocks";
import type { InsertLayout, InsertMode } from "../host-adapter";
import { HostError } from "../host-error";
import { foundObjects, objectRange, queueObjectLoads, sameObjects } from "./embedded-objects";
import type { WordHandle } from "./paragraph-info";
import { planReplace, type ReplaceStrategy } from "./replace-plan";
import type { WordApi } from "./word-api";
import { writeAround } from "./write-around";
import { insertBlocksAfter, writeRuns } from "./write-blocks";

/** Word normalises line breaks to \r; compare texts without caring which. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?|\n/gu, "\n").trimEnd();
  return norm(a) === norm(b);
}

/**
 * Writes a result in two syncs: the first loads the range, its paragraphs,
 * what they hold besides text and the tracking mode, and checks for
 * conflicts; the second holds every write, so that it reaches Word as one
 * batch (one undo step where Word allows it). Tracked changes switch on for
 * the write and back to exactly the user's mode in the same batch.
 */
export async function insertWordResult(api: WordApi, handle: WordHandle, markdown: string, mode: InsertMode, layout: InsertLayout): Promise<void> {
  const [blocks, { sanitizeHtml }] = await Promise.all([resultBlocks(markdown, layout), loadSanitizer()]);
  const replacing = mode === "replace" || mode === "replaceTracked";
  const { range } = handle;
  await Word.run(range, async (context) => {
    range.load("text");
    const paragraphs = range.paragraphs.load(api.paragraphs ? "items/text,items/isListItem,items/tableNestingLevel" : "items/text");
    if (mode === "replaceTracked") context.document.load("changeTrackingMode");
    // Listed again: to notice an object added or removed meanwhile, and to write around them.
    const objects = replacing ? queueObjectLoads(range, api) : undefined;
    await context.sync();

    // Never overwrite text (or footnotes, comments, …) the user changed while the result streamed in.
    if (replacing && !sameText(range.text, handle.rawText)) throw new HostError("source_changed");
    if (objects && !sameObjects(foundObjects(objects), handle.objects)) throw new HostError("source_changed");
    const items = paragraphs.items;
    const bodyIndexes = items.flatMap((_, index) => (handle.paragraphs[index]?.inTable ? [] : [index]));
    // Decided before anything is queued: a refusal leaves no write behind.
    const strategy = replacing
      ? planReplace(
          api,
          handle,
          blocks,
          items.map((paragraph) => paragraph.text),
          bodyIndexes,
        )
      : undefined;

    const previousMode = mode === "replaceTracked" ? context.document.changeTrackingMode : undefined;
    if (previousMode !== undefined) context.document.changeTrackingMode = "TrackAll";
    let last: Word.Range | undefined;
    if (mode === "comment") {
      range.insertComment(blocksToText(blocks));
    } else if (mode === "insertBelow") {
      last = insertBelow(api, items.at(-1)!, blocks, handle, layout, sanitizeHtml);
    } else {
      const write: ReplaceWrite = { api, handle, blocks, layout, items, bodyIndexes, rangeOf: (ref) => objectRange(context, objects!, handle.objects[ref]!) };
      last = replace(strategy!, write, sanitizeHtml);
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

interface ReplaceWrite {
  api: WordApi;
  handle: WordHandle;
  blocks: Block[];
  layout: InsertLayout;
  items: Word.Paragraph[];
  bodyIndexes: number[];
  /** An object of the source, by its place in `handle.objects`. */
  rangeOf: (ref: number) => Word.Range;
}

function replace(strategy: ReplaceStrategy, write: ReplaceWrite, sanitizeHtml: (html: string) => string): Word.Range | undefined {
  const { api, handle, blocks, layout, items, bodyIndexes } = write;
  const { range } = handle;
  if (strategy.kind === "paragraphs") {
    // Paragraph by paragraph: each keeps its style and list membership, and what it holds besides text.
    let last: Word.Range | undefined;
    bodyIndexes.forEach((index, i) => {
      const plan = strategy.plans[i]!;
      if (plan.kind === "unchanged") return;
      const paragraph = items[index]!;
      if (plan.kind === "around") {
        const content = handle.wholeParagraphs ? paragraph.getRange("Content") : paragraph.getRange("Content").intersectWith(range);
        last = writeAround(content, plan, write.rangeOf, layout) ?? last;
      } else {
        const target = handle.wholeParagraphs || !api.paragraphs ? paragraph : paragraph.getRange("Content").intersectWith(range);
        last = writeRuns(target, blocks[i]!.runs, layout);
      }
    });
    return last;
  }
  if (strategy.kind === "structure") {
    // New structure: write the blocks after the originals, then remove the originals as whole paragraphs.
    const anchor = items.at(-1)!;
    const last = insertBlocksAfter(anchor, blocks, { bodyStyle: bodyStyle(handle), anchorIsListItem: anchor.isListItem }, layout);
    items[0]!.getRange("Whole").expandTo(anchor.getRange("Whole")).delete();
    return last;
  }
  if (strategy.kind === "runs") return writeRuns(range, blocks[0]!.runs, layout);
  return range.insertHtml(sanitizeHtml(blocksToHtml(blocks)), "Replace");
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
