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

    onSourceChanged(listener) {
      const handler = () => listener();
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
  };
}
