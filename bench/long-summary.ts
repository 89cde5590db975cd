/**
 * Summarising a 50,000-word document through the gateway against a scripted
 * backend with fixed latency. Wall time is compared with the ideal schedule
 * (chunks ÷ parallelism × chunk time + reduce time) and with the sequential
 * pipeline (parallelism 1), measured in the same run.
 */
import { performance } from "node:perf_hooks";
import { streamRun } from "../src/taskpane/api/gateway-client";
import { startGateway } from "../test/helpers/gateway";
import { SCRIPTED_MODEL, startScriptedBackend, textStream } from "../test/helpers/scripted-backend";

const WORDS = 50_000;
const FIRST_TOKEN_MS = 300;
const TOKENS_PER_SECOND = 400;
const TOKENS_PER_PIECE = 10;
const MAP_TOKENS = 120;
const REDUCE_TOKENS = 300;
const PARALLEL = 4;

const answerMs = (tokens: number) => FIRST_TOKEN_MS + (tokens / TOKENS_PER_SECOND) * 1000;

/** A minutes-like document: numbered items, paragraphs of 60 to 140 words. */
function document(words: number): string {
  const vocabulary =
    "Die Arbeitsgruppe berät über den Pilotbetrieb im Amt für Soziales und Wohnen sowie die Datenschutz-Folgenabschätzung und beschließt Aufgaben mit Fristen bis zum 15. Januar 2026".split(
      " ",
    );
  const paragraphs: string[] = [];
  let count = 0;
  for (let p = 1; count < words; p++) {
    const length = 60 + ((p * 37) % 80);
    const body = Array.from({ length }, (_, i) => vocabulary[(p + i) % vocabulary.length]).join(" ");
    paragraphs.push(`TOP ${p}: ${body}.`);
    count += length + 2;
  }
  return paragraphs.join("\n\n");
}

function pieces(tokens: number, label: string): string[] {
  return Array.from({ length: Math.ceil(tokens / TOKENS_PER_PIECE) }, (_, i) => (i === 0 ? label : " wort".repeat(TOKENS_PER_PIECE)));
}

interface Measured {
  ms: number;
  mapCalls: number;
  /** Mean duration of one part summary and of the final summary, measured at the backend. */
  mapMs: number;
  reduceMs: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function summarise(parallelChunks: number, text: string): Promise<Measured> {
  let mapCalls = 0;
  const durations: { part: boolean; ms: number }[] = [];
  const backend = await startScriptedBackend((request) => {
    const user = request.body.messages.at(-1).content as string;
    const isPart = /Dies ist Teil \d+ von \d+/.test(user);
    if (isPart) mapCalls += 1;
    const arrived = performance.now();
    void request.closed.then(() => durations.push({ part: isPart, ms: performance.now() - arrived }));
    const tokens = isPart ? MAP_TOKENS : REDUCE_TOKENS;
    return {
      ...textStream(pieces(tokens, isPart ? "- Teil" : "Zusammenfassung"), { delayMs: (TOKENS_PER_PIECE / TOKENS_PER_SECOND) * 1000 }),
      firstDelayMs: FIRST_TOKEN_MS,
    };
  });
  const gateway = await startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL, contextTokens: 8192, parallelChunks, maxConcurrent: 16 } });
  try {
    const start = performance.now();
    let done = false;
    for await (const event of streamRun({ task: "zusammenfassen", text }, { baseUrl: gateway.url })) {
      if (event.event === "error") throw new Error(event.data.message);
      if (event.event === "done") done = true;
    }
    if (!done) throw new Error("no done event");
    const ms = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return {
      ms,
      mapCalls,
      mapMs: mean(durations.filter((d) => d.part).map((d) => d.ms)),
      reduceMs: mean(durations.filter((d) => !d.part).map((d) => d.ms)),
    };
  } finally {
    await gateway.close();
    await backend.close();
  }
}

export async function longSummary(): Promise<string> {
  const text = document(WORDS);
  const parallel = await summarise(PARALLEL, text);
  const sequential = await summarise(1, text);
  const chunks = parallel.mapCalls;
  // Chunk and reduce times as the backend really took them, so the ratio shows only the gateway's scheduling.
  const ideal = (chunks / PARALLEL) * parallel.mapMs + parallel.reduceMs;
  const idealWaves = Math.ceil(chunks / PARALLEL) * parallel.mapMs + parallel.reduceMs;
  return [
    `### Long summary: ${WORDS.toLocaleString("en")} words, map-reduce (${chunks} chunks, parallelism ${PARALLEL})`,
    "",
    `Scripted backend: first token after ${FIRST_TOKEN_MS} ms, ${TOKENS_PER_SECOND} tokens/s; ${MAP_TOKENS} tokens per part summary (nominal ${answerMs(MAP_TOKENS).toFixed(0)} ms, measured ${parallel.mapMs.toFixed(0)} ms), ${REDUCE_TOKENS} for the final summary (nominal ${answerMs(REDUCE_TOKENS).toFixed(0)} ms, measured ${parallel.reduceMs.toFixed(0)} ms). Context 8,192 tokens. The ideal uses the measured times.`,
    "",
    "| pipeline | wall time (ms) | ratio to ideal | ratio to ideal in whole waves |",
    "| --- | --- | --- | --- |",
    `| ideal (chunks ÷ parallelism × chunk time + reduce) | ${ideal.toFixed(0)} | 1.00 | – |`,
    `| KoKI, parallelism ${PARALLEL} | ${parallel.ms.toFixed(0)} | **${(parallel.ms / ideal).toFixed(2)}** (target ≤ 1.2) | ${(parallel.ms / idealWaves).toFixed(2)} |`,
    `| KoKI, sequential (parallelism 1) | ${sequential.ms.toFixed(0)} | ${(sequential.ms / ideal).toFixed(2)} | – |`,
    "",
    `Speed-up of the parallel pipeline over the sequential one: ${(sequential.ms / parallel.ms).toFixed(2)}×.`,
  ].join("\n");
}
