import { isBlank, textStats } from "../../../core/text";
import type { EmbeddedCounts, EmbeddedKind, SourceNotice, SourceSnapshot, SourceSummary } from "../host-adapter";
import {
  countObjects,
  foundObjects,
  objectRange,
  queueObjectLoads,
  stripPlaceholders,
  uncheckedKinds,
  type FoundObject,
  type ObjectLoads,
} from "./embedded-objects";
import { queuePositions } from "./object-positions";
import { PARAGRAPH_PROPERTIES, SUMMARY_PROPERTIES, toParagraphInfo, type ParagraphInfo, type WordHandle } from "./paragraph-info";
import type { WordApi } from "./word-api";

type Scope = "selection" | "document";

/**
 * What would be sent right now, with notices, without tracking anything. It
 * runs on every selection change, and on the whole document when nothing is
 * selected, so it loads only what the source line needs: text, table
 * membership, and the lists of footnotes, fields, comments, … to count them.
 */
export async function describeWordSource(api: WordApi): Promise<SourceSummary> {
  const { scope, stats, notices } = await readSource(api, false);
  return { scope, stats, notices };
}

/**
 * Reads the source for a run in one sync (two when nothing is selected):
 * text, paragraphs with style, list and table membership, and what else the
 * range holds. Where it holds footnotes, fields, comments, …, one more sync
 * measures where each sits. The range is tracked so that writing finds it again.
 */
export function readWordSource(api: WordApi): Promise<SourceSnapshot> {
  return readSource(api, true);
}

function readSource(api: WordApi, track: boolean): Promise<SourceSnapshot> {
  // A run needs style and list details to write back; the source line does not.
  const properties = track ? PARAGRAPH_PROPERTIES : SUMMARY_PROPERTIES;
  return Word.run(async (context) => {
    const load = (range: Word.Range) => {
      range.load("text");
      if (track) context.trackedObjects.add(range);
      return {
        range,
        paragraphs: range.paragraphs.load(api.paragraphs ? properties.detailed : properties.basic),
        objects: queueObjectLoads(range, api),
      };
    };
    let scope: Scope = "selection";
    let loaded = load(context.document.getSelection());
    await context.sync();
    if (isBlank(stripPlaceholders(loaded.range.text))) {
      if (track) context.trackedObjects.remove(loaded.range);
      scope = "document";
      loaded = load(context.document.body.getRange("Whole"));
      await context.sync();
    }
    const found = foundObjects(loaded.objects);
    const details = track ? loaded.paragraphs.items.map((paragraph) => toParagraphInfo(paragraph, api.paragraphs)) : undefined;
    const paragraphs: ParagraphText[] =
      details ?? loaded.paragraphs.items.map((paragraph) => ({ text: paragraph.text, inTable: api.paragraphs ? paragraph.tableNestingLevel > 0 : false }));
    const rawText = loaded.range.text;
    const { text, wholeParagraphs } = sourceText(rawText, paragraphs);
    const notices = noticesFor(paragraphs, countObjects(found), uncheckedKinds(api), scope);
    const result = { scope, stats: textStats(text), text, notices };
    // Only a tracked read can be written back to: the summary carries no handle.
    if (!details) return { ...result, handle: undefined };
    const objects = found.length > 0 && api.paragraphs ? await placeObjects(context, loaded.range, loaded.objects, found) : found;
    const handle: WordHandle = { range: loaded.range, rawText, paragraphs: details, wholeParagraphs, objects };
    return { ...result, handle };
  });
}

async function placeObjects(context: Word.RequestContext, range: Word.Range, loads: ObjectLoads, found: FoundObject[]) {
  const placed = queuePositions(range, found, (object) => objectRange(context, loads, object));
  await context.sync();
  return placed();
}

/** What the source text and the notices need of a paragraph. */
type ParagraphText = Pick<ParagraphInfo, "text" | "inTable">;

/**
 * Table text is not sent: tables are kept as they are. Pieces of the range
 * text line up with its paragraphs; the first and last may be partial. Word's
 * placeholders for note references and pictures are not text: they are left out.
 */
function sourceText(rawText: string, paragraphs: ParagraphText[]): { text: string; wholeParagraphs: boolean } {
  const pieces = rawText.split("\r");
  const aligned = pieces.length === paragraphs.length;
  const wholeParagraphs = aligned && pieces[0] === paragraphs[0]!.text && pieces.at(-1) === paragraphs.at(-1)!.text;
  if (!paragraphs.some((paragraph) => paragraph.inTable)) return { text: stripPlaceholders(rawText), wholeParagraphs };
  const kept = paragraphs.map((paragraph, index) => (paragraph.inTable ? undefined : aligned ? pieces[index]! : paragraph.text));
  return { text: stripPlaceholders(kept.filter((piece) => piece !== undefined).join("\r")), wholeParagraphs };
}

function noticesFor(paragraphs: ParagraphText[], counts: EmbeddedCounts, unchecked: EmbeddedKind[], scope: Scope): SourceNotice[] {
  const notices: SourceNotice[] = [];
  if (paragraphs.some((paragraph) => paragraph.inTable)) notices.push({ kind: "tables" });
  if (Object.keys(counts).length > 0) notices.push({ kind: "objects", counts });
  if (unchecked.length > 0) notices.push({ kind: "unchecked", kinds: unchecked });
  if (scope === "selection") notices.push({ kind: "singleRange" });
  return notices;
}
