import { splitSentences } from "../text";
import type { Block, InlineRun } from "./blocks";

/** Leichte Sprache: every sentence of a body paragraph becomes its own paragraph. */
export function oneSentencePerParagraph(blocks: Block[]): Block[] {
  return blocks.flatMap<Block>((block) => {
    if (block.kind !== "paragraph") return [block];
    const text = block.runs.map((run) => run.text).join("");
    const spans = splitSentences(text);
    if (spans.length < 2) return [block];
    return spans.map((span) => ({ kind: "paragraph" as const, runs: sliceRuns(block.runs, span.start, span.end) }));
  });
}

function sliceRuns(runs: InlineRun[], start: number, end: number): InlineRun[] {
  const out: InlineRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + run.text.length);
    if (from < to) out.push({ ...run, text: run.text.slice(from - offset, to - offset) });
    offset += run.text.length;
  }
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((run) => run.text !== "");
}
