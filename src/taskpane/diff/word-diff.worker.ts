import { wordChanges } from "../../core/diff";

export interface DiffRequest {
  original: string;
  result: string;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<DiffRequest>) => void) | null; postMessage(message: unknown): void };

// A long rewrite takes seconds to compare: here, off the pane's main thread.
scope.onmessage = (event) => {
  scope.postMessage({ changes: wordChanges(event.data.original, event.data.result) ?? null });
};
