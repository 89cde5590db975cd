import type { FactKind } from "../facts";
import type { ClientTask } from "../protocol";
import type { SentenceTargets } from "../text";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** For choice options: the phrase each value puts into the prompt ("kurz" → "höchstens fünf Sätze"). */
export type ChoicePrompts = Record<string, Record<string, string>>;

/**
 * A task as the gateway knows it: the public part plus its prompts. Built-in
 * tasks and admin-defined agents share this shape. Templates may use
 * {{text}} (the delimited document), {{option.<id>}} and {{instruction}}.
 */
export interface TaskDefinition extends Omit<ClientTask, "layout" | "masking"> {
  /** Set by the gateway from `privacy` config; built-ins leave it out. */
  masking?: ClientTask["masking"];
  /** Default: results are written as the model wrote them. */
  layout?: ClientTask["layout"];
  systemPrompt: string;
  userTemplate: string;
  temperature: number;
  choicePrompts?: ChoicePrompts;
  /** Overrides the configured model for this task. */
  model?: string;
  maxTokens?: number;
  /** Facts the result must keep; checked after the run. Empty: no check (summaries, replies). */
  factCheck: readonly FactKind[];
  /** Plain-language tasks: sentence targets; a result that misses them gets one targeted revision. */
  sentenceTargets?: SentenceTargets;
}
