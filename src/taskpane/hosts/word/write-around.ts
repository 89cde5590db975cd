import type { InsertLayout } from "../host-adapter";
import type { ParagraphPlan } from "./keep-plan";
import { writeRuns } from "./write-blocks";

/**
 * Queues the writes of a paragraph planned "around" its objects: each gap
 * between them that changes is replaced, from the end of one kept block to
 * the start of the next, so the objects themselves are never touched.
 * `content` is the paragraph's text (or the selected part of it),
 * `objectRange` gives an object of the source by its place in the list.
 */
export function writeAround(
  content: Word.Range,
  plan: Extract<ParagraphPlan, { kind: "around" }>,
  objectRange: (ref: number) => Word.Range,
  layout: InsertLayout,
): Word.Range | undefined {
  let last: Word.Range | undefined;
  plan.gaps.forEach((gap, index) => {
    if (!gap.changed) return;
    const before = plan.blocks[index - 1];
    const after = plan.blocks[index];
    const from = before ? objectRange(before.last).getRange("End") : content.getRange("Start");
    const to = after ? objectRange(after.first).getRange("Start") : content.getRange("End");
    // Text typed right after a note reference takes its raised formatting in Word: not this text.
    last = writeRuns(from.expandTo(to), gap.runs, layout, { lowered: before?.mark === true && gap.old === "" });
  });
  return last;
}
