import type { RunEvent, RunRequest } from "../../../src/core/protocol";
import { ApiError } from "../../../src/taskpane/api/api-error";
import type { SourceSnapshot } from "../../../src/taskpane/hosts/host-adapter";
import { RunStore, type RunState } from "../../../src/taskpane/state/run-store";

const SOURCE: SourceSnapshot = { scope: "selection", stats: { paragraphs: 1, words: 2, characters: 11 }, text: "Hallo Welt.", handle: null };

/** A stream that yields events as the test releases them. */
function controlledStream() {
  const queue: RunEvent[] = [];
  let wake: (() => void) | undefined;
  let signal: AbortSignal | undefined;
  let failWith: unknown;
  const stream = async function* (_request: unknown, options: { signal: AbortSignal }) {
    signal = options.signal;
    // Like fetch, an abort ends a pending read at once.
    signal.addEventListener("abort", () => wake?.());
    for (;;) {
      while (queue.length === 0) {
        if (failWith) throw failWith;
        await new Promise<void>((resolve) => (wake = resolve));
        if (signal.aborted) throw Object.assign(new Error("aborted"), { name: "AbortError" });
      }
      const event = queue.shift()!;
      yield event;
      if (event.event !== "delta") return;
    }
  };
  return {
    stream,
    push(...events: RunEvent[]) {
      queue.push(...events);
      wake?.();
    },
    fail(error: unknown) {
      failWith = error;
      wake?.();
    },
    get signal() {
      return signal;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("RunStore", () => {
  test("publishes streamed text in batches and finishes with done", async () => {
    jest.useFakeTimers();
    const source = controlledStream();
    const store = new RunStore(source.stream, 100);
    const published: RunState[] = [];
    store.subscribe(() => published.push(store.getSnapshot()));
    const running = store.start("einfache-sprache", SOURCE, "browser");
    await jest.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot().status).toBe("submitted");
    source.push({ event: "delta", data: { text: "A" } });
    await jest.advanceTimersByTimeAsync(0);
    source.push({ event: "delta", data: { text: "B" } }, { event: "delta", data: { text: "C" } });
    await jest.advanceTimersByTimeAsync(0);
    // Three deltas, but only the first is shown at once; the rest wait for the flush.
    expect(store.getSnapshot()).toMatchObject({ status: "streaming", text: "A" });
    await jest.advanceTimersByTimeAsync(100);
    expect(store.getSnapshot()).toMatchObject({ status: "streaming", text: "ABC" });
    source.push({ event: "done", data: { finishReason: "stop" } });
    await running;
    expect(store.getSnapshot()).toMatchObject({ status: "done", text: "ABC", finishReason: "stop", source: SOURCE });
    expect(published.map((s) => s.status)).toEqual(["submitted", "streaming", "streaming", "done"]);
    jest.useRealTimers();
  });

  test("cancel aborts the request and keeps the text so far", async () => {
    const source = controlledStream();
    const store = new RunStore(source.stream, 0);
    const running = store.start("einfache-sprache", SOURCE, "browser");
    source.push({ event: "delta", data: { text: "Teil eins. " } });
    await tick();
    await tick();
    store.cancel();
    await running;
    expect(source.signal?.aborted).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ status: "cancelled", text: "Teil eins. " });
  });

  test("an error event keeps the text so far", async () => {
    const source = controlledStream();
    const store = new RunStore(source.stream, 0);
    const running = store.start("einfache-sprache", SOURCE, "browser");
    source.push({ event: "delta", data: { text: "Halb" } }, { event: "error", data: { code: "stream_interrupted", message: "unterbrochen" } });
    await running;
    expect(store.getSnapshot()).toMatchObject({ status: "error", text: "Halb", error: { code: "stream_interrupted" } });
  });

  test("an ApiError before the stream becomes an error state with its code", async () => {
    const source = controlledStream();
    const store = new RunStore(source.stream, 0);
    const running = store.start("einfache-sprache", SOURCE, "browser");
    source.fail(new ApiError("backend_not_configured", "Kein Modell.", 503));
    await running;
    expect(store.getSnapshot()).toMatchObject({ status: "error", text: "", error: { code: "backend_not_configured", message: "Kein Modell." } });
  });

  test("a stream that ends without done or error is reported as interrupted", async () => {
    const store = new RunStore(async function* () {
      yield { event: "delta", data: { text: "x" } } as RunEvent;
    }, 0);
    await store.start("einfache-sprache", SOURCE, "browser");
    expect(store.getSnapshot()).toMatchObject({ status: "error", text: "x", error: { code: "stream_interrupted" } });
  });

  test("again runs the last run once more with what it was started with; after a reset there is nothing to repeat", async () => {
    const requests: RunRequest[] = [];
    const stream = async function* (request: RunRequest): AsyncGenerator<RunEvent> {
      requests.push(request);
      yield { event: "delta", data: { text: `Fassung ${requests.length}.` } };
      yield { event: "done", data: { finishReason: "stop" } };
    };
    const store = new RunStore(stream, 0);
    await store.start("zusammenfassen", SOURCE, "word", { length: "kurz" }, "Für die Amtsleitung.");
    await store.again();
    expect(requests).toHaveLength(2);
    expect(requests[1]).toEqual(requests[0]);
    expect(requests[1]).toMatchObject({ task: "zusammenfassen", text: "Hallo Welt.", options: { length: "kurz" }, instruction: "Für die Amtsleitung." });
    expect(store.getSnapshot()).toMatchObject({ status: "done", text: "Fassung 2.", taskId: "zusammenfassen" });
    expect(store.getHistory().map((entry) => entry.text)).toEqual(["Fassung 2.", "Fassung 1."]);
    store.reset();
    await store.again();
    expect(requests).toHaveLength(2);
  });
});
