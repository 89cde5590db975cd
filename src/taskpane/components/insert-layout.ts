import type { ClientTask, RunRequest } from "../../core/protocol";
import type { InsertLayout } from "../hosts/host-adapter";

/** Large type for Leichte Sprache, in points. */
const LARGE_FONT_PT = 14;

/** How a task's result is written, from its declared layout and the options the run used. */
export function insertLayout(task: ClientTask | undefined, options: RunRequest["options"]): InsertLayout {
  if (!task) return {};
  const { sentencePerParagraph, largeFontOption } = task.layout;
  const large = largeFontOption !== undefined && options?.[largeFontOption] === true;
  return { sentencePerParagraph, ...(large ? { fontSize: LARGE_FONT_PT } : {}) };
}
