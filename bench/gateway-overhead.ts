/**
 * Gateway overhead: the same scripted stream, read (a) directly from the
 * backend and (b) through the gateway, in one run. Reports added time to
 * first text and the ratio of total stream times, so machine noise cancels.
 */
import { performance } from "node:perf_hooks";
import { startGateway } from "../test/helpers/gateway";
import { SCRIPTED_MODEL, startScriptedBackend, textStream } from "../test/helpers/scripted-backend";

const CHUNKS = 20;
const CHUNK_MS = 5;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CONCURRENCY = [1, 10, 50];

interface Sample {
  firstText: number;
  total: number;
}

async function timeStream(url: string, body: unknown, firstMarker: string): Promise<Sample> {
  const start = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let seen = "";
  let firstText = NaN;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstText)) {
      seen += decoder.decode(value, { stream: true });
      if (seen.includes(firstMarker)) firstText = performance.now() - start;
    }
  }
  return { firstText, total: performance.now() - start };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function measure(run: () => Promise<Sample>, concurrency: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    samples.push(...(await Promise.all(Array.from({ length: concurrency }, run))));
  }
  return samples;
}

export async function gatewayOverhead(): Promise<string> {
  const pieces = Array.from({ length: CHUNKS }, (_, i) => `Wort${i} `);
  const backend = await startScriptedBackend(() => textStream(pieces, { delayMs: CHUNK_MS }));
  // Proxy overhead only: no queueing at the shared limit, and a task that streams live (plain-language drafts are checked first).
  const gateway = await startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL, maxConcurrent: 1024 } });
  const direct = () =>
    timeStream(`${backend.url}/chat/completions`, { model: SCRIPTED_MODEL, stream: true, messages: [] }, '"content":"Wort0 "');
  const viaGateway = () => timeStream(`${gateway.url}/api/runs`, { task: "buergernah", text: "Ein Brief." }, "event: delta");

  const rows: string[] = [];
  try {
    await measure(direct, 5);
    await measure(viaGateway, 5); // warm-up
    for (const concurrency of CONCURRENCY) {
      const a = await measure(direct, concurrency);
      const b = await measure(viaGateway, concurrency);
      const added = (p: number) => percentile(b.map((s) => s.firstText), p) - percentile(a.map((s) => s.firstText), p);
      const ratio = percentile(b.map((s) => s.total), 50) / percentile(a.map((s) => s.total), 50);
      rows.push(
        `| ${concurrency} | ${a.length} | ${percentile(a.map((s) => s.firstText), 50).toFixed(2)} | ${added(50).toFixed(2)} | ${added(99).toFixed(2)} | ${ratio.toFixed(3)} |`,
      );
    }
  } finally {
    await gateway.close();
    await backend.close();
  }
  return [
    `### Gateway overhead (${CHUNKS} chunks every ${CHUNK_MS} ms, ${ROUNDS} rounds per level)`,
    "",
    "| concurrent streams | streams | direct first text p50 (ms) | added first text p50 (ms) | added first text p99 (ms) | total time ratio p50 (gateway / direct) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
