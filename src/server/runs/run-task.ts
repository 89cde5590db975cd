import { compareFacts, extractFacts } from "../../core/facts";
import { OutputCleaner } from "../../core/output";
import type { RunEvent } from "../../core/protocol";
import { buildMessages, type RunInput, type TaskDefinition } from "../../core/tasks";
import type { Backend } from "../llm/backend";

/**
 * One run as events: the backend's text, cleaned while it streams, then
 * `done` with the fact check for tasks that must keep every fact.
 * Backend failures are thrown as GatewayErrors for the route to report.
 */
export async function* runTask(backend: Backend, task: TaskDefinition, input: RunInput, signal: AbortSignal): AsyncGenerator<RunEvent> {
  const events = backend.stream({
    messages: buildMessages(task, input),
    temperature: task.temperature,
    model: task.model,
    maxTokens: task.maxTokens,
    signal,
  });
  // Preambles, think-blocks and fences are removed before the clerk sees them.
  const cleaner = new OutputCleaner();
  let output = "";
  for await (const event of events) {
    const text = event.type === "delta" ? cleaner.push(event.text) : cleaner.end();
    if (text) {
      output += text;
      yield { event: "delta", data: { text } };
    }
    if (event.type === "finish") {
      const facts = task.factCheck.length > 0 ? compareFacts(extractFacts(input.text), extractFacts(output), task.factCheck) : undefined;
      yield { event: "done", data: { finishReason: event.finishReason, usage: event.usage, facts } };
    }
  }
}
