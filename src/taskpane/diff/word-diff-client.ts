import type { WordChange } from "../../core/diff";

/** How a comparison ended: the changes, too many to show, or the worker could not run. */
export type DiffOutcome = { changes: WordChange[] } | { tooMany: true } | { failed: true };

/**
 * Compares the original with the result in a Web Worker of its own, so a long
 * rewrite never freezes the pane. The returned function stops it (the clerk
 * turned the comparison off, or a new result came).
 */
export function compareInWorker(original: string, result: string, done: (outcome: DiffOutcome) => void): () => void {
  let worker: Worker;
  try {
    worker = new Worker(/* webpackChunkName: "word-diff" */ new URL("./word-diff.worker.ts", import.meta.url));
  } catch {
    // A policy that forbids workers: say so instead of failing the result view.
    done({ failed: true });
    return () => undefined;
  }
  const finish = (outcome: DiffOutcome) => {
    worker.terminate();
    done(outcome);
  };
  worker.onmessage = (event: MessageEvent<{ changes: WordChange[] | null }>) =>
    finish(event.data.changes ? { changes: event.data.changes } : { tooMany: true });
  worker.onerror = () => finish({ failed: true });
  worker.postMessage({ original, result });
  return () => worker.terminate();
}
