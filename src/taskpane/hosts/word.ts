import { isBlank, textStats } from "../../core/text";
import type { HostAdapter, InsertMode, SourceSnapshot, SourceSummary } from "./host-adapter";
import { HostError } from "./host-error";

/**
 * Reads the selection, or the whole body when nothing is selected. With
 * `track`, the range stays valid across Word.run calls so that the result
 * goes exactly where the source was, even if the user clicks elsewhere.
 */
async function readRange(track: boolean): Promise<{ range: Word.Range; scope: "selection" | "document" }> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    if (track) context.trackedObjects.add(selection);
    await context.sync();
    if (!isBlank(selection.text)) return { range: selection, scope: "selection" as const };
    if (track) context.trackedObjects.remove(selection);
    const whole = context.document.body.getRange("Whole");
    whole.load("text");
    if (track) context.trackedObjects.add(whole);
    await context.sync();
    return { range: whole, scope: "document" as const };
  });
}

function summary(range: Word.Range, scope: "selection" | "document"): SourceSummary {
  return { scope, stats: textStats(range.text) };
}

/** Word normalises line breaks to \r; compare texts without caring which. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?|\n/gu, "\n").trimEnd();
  return norm(a) === norm(b);
}

/** Which paragraph holds offset `start`, and which occurrence of the passage (≤ 255 characters) it is there. */
export function locateInParagraphs(paragraphs: string[], start: number, end: number): { paragraph: number; snippet: string; occurrence: number } | undefined {
  let offset = 0;
  for (const [index, text] of paragraphs.entries()) {
    const local = start - offset;
    if (local >= 0 && local < text.length) {
      const snippet = text.slice(local, Math.min(text.length, local + (end - start), local + 255));
      let occurrence = 0;
      for (let at = text.indexOf(snippet); at >= 0 && at < local; at = text.indexOf(snippet, at + 1)) occurrence += 1;
      return { paragraph: index, snippet, occurrence };
    }
    offset += text.length + 1; // the paragraph mark
  }
  return undefined;
}

export function createWordAdapter(): HostAdapter {
  return {
    kind: "word",
    insertModes: ["replace", "insertBelow"],

    async describeSource() {
      try {
        const { range, scope } = await readRange(false);
        return summary(range, scope);
      } catch (error) {
        throw new HostError("read_failed", { cause: error });
      }
    },

    async readSource(): Promise<SourceSnapshot> {
      try {
        const { range, scope } = await readRange(true);
        return { ...summary(range, scope), text: range.text, handle: range };
      } catch (error) {
        throw new HostError("read_failed", { cause: error });
      }
    },

    async insert(snapshot: SourceSnapshot, text: string, mode: InsertMode) {
      const range = snapshot.handle as Word.Range;
      try {
        await Word.run(range, async (context) => {
          range.load("text");
          await context.sync();
          // Never overwrite text the user changed while the result streamed in.
          if (mode === "replace" && !sameText(range.text, snapshot.text)) throw new HostError("source_changed");
          const written = mode === "replace" ? range.insertText(text, "Replace") : range.insertParagraph(text, "After");
          written.select("End");
          context.trackedObjects.remove(range);
          await context.sync();
        });
      } catch (error) {
        if (error instanceof HostError) throw error;
        throw new HostError("write_failed", { cause: error });
      }
    },

    async selectPassage(snapshot: SourceSnapshot, start: number, end: number) {
      const range = snapshot.handle as Word.Range;
      try {
        await Word.run(range, async (context) => {
          const paragraphs = range.paragraphs;
          paragraphs.load("items/text");
          await context.sync();
          const target = locateInParagraphs(paragraphs.items.map((p) => p.text), start, end);
          if (!target) throw new HostError("source_changed");
          // Word's search takes at most 255 characters: find the passage by paragraph, then by occurrence.
          const results = paragraphs.items[target.paragraph]!.search(target.snippet, { matchCase: true });
          results.load("items");
          await context.sync();
          const hit = results.items[target.occurrence];
          if (!hit) throw new HostError("source_changed");
          hit.select();
          await context.sync();
        });
      } catch (error) {
        if (error instanceof HostError) throw error;
        throw new HostError("read_failed", { cause: error });
      }
    },

    onSourceChanged(listener) {
      const handler = () => listener();
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
  };
}
