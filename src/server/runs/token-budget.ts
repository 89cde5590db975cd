import { estimateTokens } from "../../core/text";
import type { TaskDefinition } from "../../core/tasks";

/** Room kept for the answer of a summary step. */
const SUMMARY_ANSWER_TOKENS = 1024;

/**
 * How many tokens of document fit in one request: a rewrite's answer is about
 * as long as its input, so input gets under half of what the prompt leaves.
 */
export function chunkBudget(task: TaskDefinition, contextTokens: number): number {
  const prompt = estimateTokens(task.systemPrompt + task.userTemplate) + 400;
  const free = Math.max(256, contextTokens - prompt);
  return task.output === "rewrite" ? Math.floor(free * 0.45) : Math.max(256, Math.floor((free - SUMMARY_ANSWER_TOKENS) * 0.9));
}
