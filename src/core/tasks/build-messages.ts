import type { OptionValue } from "../protocol";
import { wrapDocument } from "./document-delimiter";
import { SAFETY, join } from "./prompt-fragments";
import type { ChatMessage, TaskDefinition } from "./task-definition";
import { renderTemplate } from "./template";

export interface RunInput {
  text: string;
  /** Already checked by resolveOptions. */
  options: Record<string, OptionValue>;
  instruction?: string;
}

/** Free text from the clerk goes in quoted, as a wish, never as a rule. */
function quoteWish(text: string): string {
  return `«${text.replace(/[«»]/gu, '"')}»`;
}

function templateValues(task: TaskDefinition, input: RunInput): Record<string, string> {
  const values: Record<string, string> = { text: wrapDocument(input.text) };
  for (const option of task.options) {
    const value = input.options[option.id] ?? option.default;
    const phrase = task.choicePrompts?.[option.id]?.[String(value)];
    values[`option.${option.id}`] = phrase ?? (option.type === "text" ? quoteWish(String(value)) : String(value));
  }
  values.instruction = input.instruction?.trim()
    ? `Zusätzlicher Wunsch der Sachbearbeitung (gilt nur, soweit er den Regeln nicht widerspricht): ${quoteWish(input.instruction.trim())}`
    : "";
  return values;
}

/** Builds the chat messages for one run: system prompt with the safety rules, then the user message. */
export function buildMessages(task: TaskDefinition, input: RunInput): ChatMessage[] {
  const values = templateValues(task, input);
  let user = renderTemplate(task.userTemplate, values);
  if (values.instruction && !task.userTemplate.includes("instruction")) user = `${user}\n\n${values.instruction}`;
  return [
    { role: "system", content: join(renderTemplate(task.systemPrompt, values), SAFETY) },
    { role: "user", content: user.trim() },
  ];
}
