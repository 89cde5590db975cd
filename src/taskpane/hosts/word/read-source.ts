import { isBlank, textStats } from "../../../core/text";
import type { SourceNotice, SourceSnapshot, SourceSummary } from "../host-adapter";
import { PARAGRAPH_PROPERTIES, toParagraphInfo, type ParagraphInfo, type WordHandle } from "./paragraph-info";
import type { WordApi } from "./word-api";

type Scope = "selection" | "document";

/** What would be sent right now, with notices, without tracking anything (runs on every selection change). */
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
  return Word.run(async (context) => {
    const load = (range: Word.Range) => {
      range.load("text");
      if (track) context.trackedObjects.add(range);
      return {
        range,
        paragraphs: range.paragraphs.load(api.paragraphs ? PARAGRAPH_PROPERTIES.detailed : PARAGRAPH_PROPERTIES.basic),
        pictures: api.paragraphs ? range.inlinePictures.load("items") : undefined,
        controls: range.contentControls.load("items"),
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
    const paragraphs = loaded.paragraphs.items.map((paragraph) => toParagraphInfo(paragraph, api.paragraphs));
    const rawText = loaded.range.text;
    const { text, wholeParagraphs } = sourceText(rawText, paragraphs);
    const handle: WordHandle = { range: loaded.range, rawText, paragraphs, wholeParagraphs };
    const notices = noticesFor(paragraphs, loaded.pictures?.items.length ?? 0, loaded.controls.items.length, scope);
    return { scope, stats: textStats(text), text, handle, notices };
  });
}

/**
 * Table text is not sent: tables are kept as they are. Pieces of the range
 * text line up with its paragraphs; the first and last may be partial.
 */
function sourceText(rawText: string, paragraphs: ParagraphInfo[]): { text: string; wholeParagraphs: boolean } {
  const pieces = rawText.split("\r");
  const aligned = pieces.length === paragraphs.length;
  const wholeParagraphs = aligned && pieces[0] === paragraphs[0]!.text && pieces.at(-1) === paragraphs.at(-1)!.text;
  if (!paragraphs.some((paragraph) => paragraph.inTable)) return { text: rawText, wholeParagraphs };
  const kept = paragraphs.map((paragraph, index) => (paragraph.inTable ? undefined : aligned ? pieces[index]! : paragraph.text));
  return { text: kept.filter((piece) => piece !== undefined).join("\r"), wholeParagraphs };
}

function noticesFor(paragraphs: ParagraphInfo[], pictures: number, controls: number, scope: Scope): SourceNotice[] {
  const notices: SourceNotice[] = [];
  if (paragraphs.some((paragraph) => paragraph.inTable)) notices.push({ kind: "tables" });
  if (pictures > 0) notices.push({ kind: "images", count: pictures });
  if (controls > 0) notices.push({ kind: "contentControls", count: controls });
  if (scope === "selection") notices.push({ kind: "singleRange" });
  return notices;
}
