import type { LexiconEntry, ReadabilityReport } from "../../core/readability";

type Pending = { resolve(report: ReadabilityReport): void; reject(error: Error): void };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(/* webpackChunkName: "readability" */ new URL("./readability.worker.ts", import.meta.url));
    // Its code did not load (the network is gone, or KoKI was updated): every waiting analysis fails, and the next one starts a new worker.
    worker.onerror = () => {
      worker?.terminate();
      worker = undefined;
      for (const waiting of pending.values()) waiting.reject(new Error("readability worker failed"));
      pending.clear();
    };
    worker.onmessage = (event: MessageEvent<{ id: number; report?: ReadabilityReport; error?: string }>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.report) waiting?.resolve(event.data.report);
      else waiting?.reject(new Error(event.data.error ?? "analysis failed"));
    };
  }
  return worker;
}

/** Analyses text in a Web Worker, so long documents never freeze the pane. */
export function analyzeText(text: string, lexicon: LexiconEntry[] = []): Promise<ReadabilityReport> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, text, lexicon });
  });
}
