import type { ChatMessage, TaskDefinition } from "./task-definition";
import { wrapDocument } from "./document-delimiter";

/** Builds the chat messages for one run: system prompt, then instruction plus delimited text. */
export function buildMessages(task: TaskDefinition, text: string): ChatMessage[] {
  return [
    { role: "system", content: task.systemPrompt },
    { role: "user", content: `${task.instruction}\n\n${wrapDocument(text)}` },
  ];
}
