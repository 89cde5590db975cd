import type { LexiconEntry, ReadabilityReport } from "../../core/readability";

type Pending = { resolve(report: ReadabilityReport): void; reject(error: Error): void };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./readability.worker.ts", import.meta.url));
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
