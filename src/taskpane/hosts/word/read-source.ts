import { isBlank, textStats } from "../../../core/text";
import type { SourceNotice, SourceSnapshot, SourceSummary } from "../host-adapter";
import { PARAGRAPH_PROPERTIES, SUMMARY_PROPERTIES, toParagraphInfo, type ParagraphInfo, type WordHandle } from "./paragraph-info";
import type { WordApi } from "./word-api";

type Scope = "selection" | "document";

/**
 * What would be sent right now, with notices, without tracking anything. It
 * runs on every selection change, and on the whole document when nothing is
 * selected, so it loads only what the source line needs: text, table
 * membership, and counts of pictures and content controls.
 */
export async function describeWordSource(api: WordApi): Promise<SourceSummary> {
  const { scope, stats, notices } = await readSource(api, false);
  return { scope, stats, notices };
}

/**
 * Reads the source for a run in one sync (two when nothing is selected):
 * text, paragraphs with style, list and table membership, and what else the
 * range holds. The range is tracked so that writing finds it again.
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
        pictures: api.paragraphs ? range.inlinePictures.load("items/width") : undefined,
        controls: range.contentControls.load("items/id"),
      };
    };
    let scope: Scope = "selection";
    let loaded = load(context.document.getSelection());
    await context.sync();
    if (isBlank(loaded.range.text)) {
      if (track) context.trackedObjects.remove(loaded.range);
      scope = "document";
      loaded = load(context.document.body.getRange("Whole"));
      await context.sync();
    }
    const details = track ? loaded.paragraphs.items.map((paragraph) => toParagraphInfo(paragraph, api.paragraphs)) : undefined;
    const paragraphs: ParagraphText[] =
      details ?? loaded.paragraphs.items.map((paragraph) => ({ text: paragraph.text, inTable: api.paragraphs ? paragraph.tableNestingLevel > 0 : false }));
    const rawText = loaded.range.text;
    const { text, wholeParagraphs } = sourceText(rawText, paragraphs);
    const notices = noticesFor(paragraphs, loaded.pictures?.items.length ?? 0, loaded.controls.items.length, scope);
    // Only a tracked read can be written back to: the summary carries no handle.
    const handle: WordHandle | undefined = details && { range: loaded.range, rawText, paragraphs: details, wholeParagraphs };
    return { scope, stats: textStats(text), text, handle, notices };
  });
}

/** What the source text and the notices need of a paragraph. */
type ParagraphText = Pick<ParagraphInfo, "text" | "inTable">;

/**
 * Table text is not sent: tables are kept as they are. Pieces of the range
 * text line up with its paragraphs; the first and last may be partial.
 */
function sourceText(rawText: string, paragraphs: ParagraphText[]): { text: string; wholeParagraphs: boolean } {
  const pieces = rawText.split("\r");
  const aligned = pieces.length === paragraphs.length;
  const wholeParagraphs = aligned && pieces[0] === paragraphs[0]!.text && pieces.at(-1) === paragraphs.at(-1)!.text;
  if (!paragraphs.some((paragraph) => paragraph.inTable)) return { text: rawText, wholeParagraphs };
  const kept = paragraphs.map((paragraph, index) => (paragraph.inTable ? undefined : aligned ? pieces[index]! : paragraph.text));
  return { text: kept.filter((piece) => piece !== undefined).join("\r"), wholeParagraphs };
}

function noticesFor(paragraphs: ParagraphText[], pictures: number, controls: number, scope: Scope): SourceNotice[] {
  const notices: SourceNotice[] = [];
  if (paragraphs.some((paragraph) => paragraph.inTable)) notices.push({ kind: "tables" });
  if (pictures > 0) notices.push({ kind: "images", count: pictures });
  if (controls > 0) notices.push({ kind: "contentControls", count: controls });
  if (scope === "selection") notices.push({ kind: "singleRange" });
  return notices;
}
