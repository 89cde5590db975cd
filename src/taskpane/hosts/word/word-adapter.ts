import type { HostAdapter, InsertMode, SourceSnapshot } from "../host-adapter";
import { HostError, withHostError } from "../host-error";
import { insertWordResult } from "./insert-result";
import { selectWordPassage } from "./locate-passage";
import type { WordHandle } from "./paragraph-info";
import { describeWordSource, readWordSource } from "./read-source";
import { detectWordApi } from "./word-api";

/** Word, from WordApi 1.1 on; paragraph styles and lists need 1.3, tracked changes and comments 1.4. */
export function createWordAdapter(): HostAdapter {
  const api = detectWordApi();
  if (!api) throw new HostError("word_too_old");
  const newer: InsertMode[] = ["replaceTracked", "comment"];
  return {
    kind: "word",
    insertModes: api.tracking ? ["replace", "replaceTracked", "insertBelow", "comment"] : ["replace", "insertBelow"],
    missingModes: api.tracking ? [] : newer,

    describeSource: () => withHostError("read_failed", () => describeWordSource(api)),

    readSource: () => withHostError("read_failed", () => readWordSource(api)),

    insert(snapshot: SourceSnapshot, markdown: string, mode: InsertMode, layout = {}) {
      if (!this.insertModes.includes(mode)) return Promise.reject(new HostError("word_too_old"));
      return withHostError("write_failed", () => insertWordResult(api, snapshot.handle as WordHandle, markdown, mode, layout));
    },

    selectPassage: (snapshot: SourceSnapshot, start: number, end: number) =>
      withHostError("read_failed", () => selectWordPassage(snapshot.handle as WordHandle, start, end)),

    onSourceChanged(listener) {
      const handler = () => listener();
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
  };
}
