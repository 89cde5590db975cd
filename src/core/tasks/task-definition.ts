import type { ClientTask } from "../protocol";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** Kind of output; decides how the pane offers to insert it. */
export type TaskOutput = "rewrite" | "summary" | "reply";

/** A task as the gateway knows it: the public part plus its prompts. */
export interface TaskDefinition extends ClientTask {
  output: TaskOutput;
  systemPrompt: string;
  /** Instruction placed before the delimited document in the user message. */
  instruction: string;
  temperature: number;
}
