import { textStats } from "../../../core/text";
import { blocksToText } from "../../../core/markdown";
import { resultBlocks } from "../result-blocks";
import type { HostAdapter, InsertMode, SourceSnapshot } from "../host-adapter";
import { HostError } from "../host-error";
import type { BrowserDocument } from "./browser-document";

interface Span {
  start: number;
  end: number;
}

function currentSpan(doc: BrowserDocument): { span: Span; selected: boolean } {
  const { text, selectionStart, selectionEnd } = doc.getState();
  const selected = selectionEnd > selectionStart && text.slice(selectionStart, selectionEnd).trim() !== "";
  return { span: selected ? { start: selectionStart, end: selectionEnd } : { start: 0, end: text.length }, selected };
}

/** Browser mode: the "document" is an editable sample letter in the pane. */
export function createBrowserAdapter(doc: BrowserDocument): HostAdapter {
  const read = () => {
    const { span, selected } = currentSpan(doc);
    const text = doc.getState().text.slice(span.start, span.end);
    return { span, text, scope: selected ? ("selection" as const) : ("document" as const) };
  };

  return {
    kind: "browser",
    insertModes: ["replace", "insertBelow"],

    async describeSource() {
      const { text, scope } = read();
      return { scope, stats: textStats(text) };
    },

    async readSource(): Promise<SourceSnapshot> {
      const { span, text, scope } = read();
      return { scope, stats: textStats(text), text, handle: span };
    },

    async insert(snapshot: SourceSnapshot, markdown: string, mode: InsertMode, layout = {}) {
      // The sample letter is plain text: Markdown becomes lines and list markers, never literal marks.
      const result = blocksToText(await resultBlocks(markdown, layout));
      const { start, end } = snapshot.handle as Span;
      const { text } = doc.getState();
      if (text.slice(start, end) !== snapshot.text) {
        // The text moved or changed while the result streamed in.
        if (mode !== "insertBelow") throw new HostError("source_changed");
      }
      if (mode === "replace" || mode === "replaceTracked") {
        doc.update({ text: text.slice(0, start) + result + text.slice(end), selectionStart: start, selectionEnd: start + result.length });
        return;
      }
      const at = text.slice(start, end) === snapshot.text ? end : text.length;
      const inserted = `\n\n${result}`;
      doc.update({ text: text.slice(0, at) + inserted + text.slice(at), selectionStart: at + 2, selectionEnd: at + inserted.length });
    },

    onSourceChanged(listener) {
      return doc.subscribe(listener);
    },

    async selectPassage(snapshot: SourceSnapshot, start: number, end: number) {
      const span = snapshot.handle as Span;
      if (doc.getState().text.slice(span.start, span.end) !== snapshot.text) throw new HostError("source_changed");
      doc.update({ selectionStart: span.start + start, selectionEnd: span.start + end, focusRequest: Date.now() });
    },
  };
}
