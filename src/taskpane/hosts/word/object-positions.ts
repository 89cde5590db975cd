import type { FoundObject } from "./embedded-objects";

/** A found object and where it sits: offsets in the source range's text (WordApi 1.3, which can span ranges). */
export interface PlacedObject extends FoundObject {
  /** Below 0 or beyond the text's end where the object reaches out of the source range. */
  start?: number;
  end?: number;
}

/**
 * Queues a measurement of each object's offsets in `range`, whose text was
 * loaded in the sync before; the offsets can be read after the next sync.
 * Office.js has no offsets, so they are text lengths: from the object's
 * start to the range's end, and from the range's start to the object's end
 * (each spans in the right direction even where the object reaches out).
 */
export function queuePositions(range: Word.Range, found: readonly FoundObject[], rangeOf: (object: FoundObject) => Word.Range): () => PlacedObject[] {
  const rangeStart = range.getRange("Start");
  const rangeEnd = range.getRange("End");
  const measures = found.map((object) => {
    const own = rangeOf(object);
    return {
      object,
      toEnd: own.getRange("Start").expandTo(rangeEnd).load("text"),
      fromStart: rangeStart.expandTo(own.getRange("End")).load("text"),
    };
  });
  return () => {
    const length = range.text.length;
    return measures.map(({ object, toEnd, fromStart }) => ({ ...object, start: length - toEnd.text.length, end: fromStart.text.length }));
  };
}
