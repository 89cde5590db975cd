import { buildMessages } from "../../core/tasks";
import { chunkText, estimateTokens } from "../../core/text";
import { orderedParallel } from "./ordered-parallel";
import { addUsage, complete, type Completion, type RunContext } from "./run-context";
import { chunkBudget } from "./token-budget";

const MAX_DEPTH = 4;

function partTemplate(index: number, total: number): string {
  return `Dies ist Teil ${index} von ${total} eines längeren Textes. Fasse nur diesen Teil zusammen.
Behalte alle Daten, Fristen, Beträge, Aktenzeichen, Namen, Entscheidungen und Aufgaben mit den Zuständigen.

{{text}}`;
}

/**
 * Summaries and replies of long texts, by map-reduce: the pieces are
 * summarised in parallel, then the task runs on the joined summaries,
 * recursively while they are still too long. Only the last step streams.
 */
export async function summarize(context: RunContext, text: string, push: (text: string) => void, depth = 0): Promise<Completion> {
  const { task, settings } = context;
  const budget = chunkBudget(task, settings.contextTokens);
  if (estimateTokens(text) <= budget || depth >= MAX_DEPTH) {
    return complete(context, buildMessages(task, { text, options: context.options, instruction: context.instruction }), push);
  }
  const chunks = chunkText(text, budget);
  let done = 0;
  context.emit({ event: "progress", data: { stage: "chunks", done, total: chunks.length } });
  const parts = await orderedParallel(
    chunks.map((chunk, index) => async () => {
      const partTask = { ...task, userTemplate: partTemplate(index + 1, chunks.length) };
      const result = await complete(context, buildMessages(partTask, { text: chunk.text, options: context.options }));
      done += 1;
      context.emit({ event: "progress", data: { stage: "chunks", done, total: chunks.length } });
      return result;
    }),
    settings.parallelChunks,
    () => undefined,
  );
  context.emit({ event: "progress", data: { stage: "combining", done: 0, total: 1 } });
  const joined = parts.map((part, index) => `Teil ${index + 1}:\n${part.text}`).join("\n\n");
  const final = await summarize(context, joined, push, depth + 1);
  return { ...final, usage: parts.reduce((sum, part) => addUsage(sum, part.usage), final.usage) };
}
