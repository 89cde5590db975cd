import { setMaxListeners } from "node:events";
import { compareFacts, extractFacts } from "../../core/facts";
import type { RunEvent } from "../../core/protocol";
import type { RunInput, TaskDefinition } from "../../core/tasks";
import type { LimitedBackend } from "../llm/limited-backend";
import { EventChannel } from "./event-channel";
import { rewrite } from "./rewrite";
import type { RunContext, RunSettings } from "./run-context";
import { summarize } from "./summarize";

export interface RunTaskOptions {
  backend: LimitedBackend;
  settings: RunSettings;
  task: TaskDefinition;
  input: RunInput;
  /** Key for fair queueing: the signed-in user's id. */
  user: string;
  signal: AbortSignal;
  /** Called with each backend request's wait for a slot (for usage records). */
  onQueueWait?: (ms: number) => void;
}

/**
 * One run as events: queue positions and progress, the cleaned text in
 * document order, then `done` with the fact check for tasks that must keep
 * every fact. A failure is thrown for the route to report; it also stops
 * every other backend request of this run.
 */
export function runTask({ backend, settings, task, input, user, signal, onQueueWait }: RunTaskOptions): AsyncIterable<RunEvent> {
  const channel = new EventChannel<RunEvent>();
  const inner = new AbortController();
  // Every backend call of a long run listens on this signal; many listeners are expected.
  setMaxListeners(0, inner.signal);
  const stop = () => inner.abort(signal.reason);
  if (signal.aborted) stop();
  else signal.addEventListener("abort", stop, { once: true });

  const context: RunContext = {
    backend,
    task,
    options: input.options,
    instruction: input.instruction,
    settings,
    signal: inner.signal,
    ticket: { user, onPosition: (position) => channel.push({ event: "queue", data: { position } }), onWait: onQueueWait },
    emit: (event) => channel.push(event),
    ready: () => channel.ready(),
  };
  const push = (text: string) => channel.push({ event: "delta", data: { text } });

  (async () => {
    const result = task.output === "rewrite" ? await rewrite(context, input.text, push) : await summarize(context, input.text, push);
    const facts = task.factCheck.length > 0 ? compareFacts(extractFacts(input.text), extractFacts(result.text), task.factCheck) : undefined;
    channel.push({ event: "done", data: { finishReason: result.finishReason, usage: result.usage, facts } });
    channel.close();
  })()
    .catch((error: unknown) => {
      inner.abort(error);
      channel.fail(error);
    })
    .finally(() => signal.removeEventListener("abort", stop));
  return channel;
}
