/**
 * Readability analysis of 50,000 words (the sample letters repeated), timed
 * against plain word counting over the same text in the same run.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeReadability } from "../src/core/readability";
import { nodeSyllableCounter } from "../src/server/readability/syllable-counter";

const WORDS = 50_000;
const RUNS = 7;

function corpus(words: number): string {
  const dir = join(__dirname, "..", "test", "fixtures");
  const samples = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && !f.includes("gold"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = samples[i % samples.length]!;
    parts.push(text);
    count += text.split(/\s+/u).filter((token) => /\p{L}/u.test(token)).length;
  }
  return parts.join("\n\n");
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function readabilityBench(): Promise<string> {
  const text = corpus(WORDS);
  const syllables = await nodeSyllableCounter();
  analyzeReadability(text, { syllables }); // warm-up (JIT, pattern trie)
  const baselineMs = time(() => text.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length);
  const heapBefore = process.memoryUsage().heapUsed;
  let report: ReturnType<typeof analyzeReadability> | undefined;
  const analysisMs = time(() => (report = analyzeReadability(text, { syllables })));
  const heapAfter = process.memoryUsage().heapUsed;
  return [
    `### Readability analysis of ${report!.counts.words.toLocaleString("en")} words (median of ${RUNS} runs)`,
    "",
    "| what | time (ms) | ratio to word counting |",
    "| --- | --- | --- |",
    `| baseline: plain word counting | ${baselineMs.toFixed(1)} | 1.0 |`,
    `| full analysis (sentences, syllables, metrics, ${report!.findings.length.toLocaleString("en")} findings) | **${analysisMs.toFixed(1)}** (target < 250) | ${(analysisMs / baselineMs).toFixed(1)} |`,
    "",
    `Heap growth across the timed runs: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB.`,
  ].join("\n");
}
