import { buildMessages, type ChatMessage } from "../../core/tasks";
import { checkSentences, chunkText, type SentenceCheck, type SentenceTargets } from "../../core/text";
import { orderedParallel } from "./ordered-parallel";
import { addUsage, complete, type Completion, type RunContext } from "./run-context";
import { chunkBudget } from "./token-budget";

function revisionRequest(check: SentenceCheck, targets: SentenceTargets): string {
  const lines = [
    "Dein Text erfüllt die Regeln für kurze Sätze noch nicht.",
    `Ein Satz hat im Durchschnitt ${check.averageWords.toFixed(1).replace(".", ",")} Wörter. Ziel: höchstens ${targets.averageWords}. Kein Satz darf mehr als ${targets.maxWords} Wörter haben.`,
  ];
  if (check.tooLong.length > 0) lines.push("Diese Sätze sind zu lang. Teile jeden in kurze Sätze:", ...check.tooLong.map((sentence) => `- ${sentence}`));
  lines.push("Behalte alle Informationen und Fakten. Gib den ganzen überarbeiteten Text aus, ohne Einleitung.");
  return lines.join("\n");
}

/**
 * One piece of a rewrite. Plain-language tasks are checked against their
 * sentence targets; a draft that misses them gets a targeted revision. The
 * clerk sees only the final text: drafts are held back, the last pass streams.
 */
async function rewritePiece(context: RunContext, text: string, push: (text: string) => void): Promise<Completion> {
  const { task, settings } = context;
  const messages = buildMessages(task, { text, options: context.options, instruction: context.instruction });
  const targets = settings.sentenceTargets[task.id] ?? task.sentenceTargets;
  if (!targets || settings.maxRevisions === 0) return complete(context, messages, push);

  let result = await complete(context, messages);
  let usage = result.usage;
  let streamed = false;
  for (let pass = 1; pass <= settings.maxRevisions; pass++) {
    const check = checkSentences(result.text, targets);
    if (check.passed || result.finishReason === "length") break;
    context.emit({ event: "progress", data: { stage: "revising", done: pass - 1, total: settings.maxRevisions } });
    const revision: ChatMessage[] = [...messages, { role: "assistant", content: result.text }, { role: "user", content: revisionRequest(check, targets) }];
    const last = pass === settings.maxRevisions;
    result = await complete(context, revision, last ? push : undefined);
    usage = addUsage(usage, result.usage);
    streamed = last;
  }
  if (!streamed) push(result.text);
  return { ...result, usage };
}

/**
 * A whole rewrite. Long texts are split on paragraph boundaries; pieces run
 * with bounded parallelism and reach the clerk in document order, each as
 * soon as every piece before it is done.
 */
export async function rewrite(context: RunContext, text: string, push: (text: string) => void): Promise<Completion> {
  const chunks = chunkText(text, chunkBudget(context.task, context.settings.contextTokens));
  if (chunks.length === 1) return rewritePiece(context, text, push);
  const results = await orderedParallel(
    chunks.map((chunk, index) => async (pushPiece: (text: string) => void) => {
      const result = await rewritePiece(context, chunk.text, pushPiece);
      // Results join the way the original pieces did; a split inside a paragraph joins with a space.
      if (index < chunks.length - 1) pushPiece(chunk.separator || " ");
      return result;
    }),
    context.settings.parallelChunks,
    push,
  );
  return {
    text: results.map((r) => r.text).join(""),
    finishReason: results.some((r) => r.finishReason === "length") ? "length" : (results.find((r) => r.finishReason !== "stop")?.finishReason ?? "stop"),
    usage: results.reduce<Completion["usage"]>((sum, r) => addUsage(sum, r.usage), undefined),
  };
}
