/**
 * Gateway overhead under load, with backend, gateway and load generator in
 * three processes. The same stream (CHUNKS chunks, one every CHUNK_MS) is
 * read (a) directly from the backend and (b) through the gateway
 * (`koki serve`, production build) at 1, 100 and 1,000 concurrent streams.
 * Each chunk carries its send time, so per-chunk latency is measured on one
 * clock; "added" is gateway minus direct in the same run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Agent, fetch as undiciFetch } from "undici";

const ROOT = join(__dirname, "..");
const CHUNKS = 20;
const CHUNK_MS = 50;
const LEVELS = [
  { streams: 1, rounds: 30, burst: false },
  { streams: 100, rounds: 3, burst: false },
  { streams: 100, rounds: 3, burst: true },
  { streams: 1_000, rounds: 1, burst: false },
  { streams: 1_000, rounds: 1, burst: true },
];

const now = () => performance.timeOrigin + performance.now();
const agent = new Agent({ connections: null, keepAliveTimeout: 60_000 });

interface StreamResult {
  ok: boolean;
  firstText: number;
  chunkLatencies: number[];
}

async function readStream(url: string, body: unknown): Promise<StreamResult> {
  const started = now();
  const chunkLatencies: number[] = [];
  let firstText = NaN;
  let text = "";
  let sawEnd = false;
  try {
    const response = await undiciFetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), dispatcher: agent });
    if (response.status !== 200 || !response.body) return { ok: false, firstText, chunkLatencies };
    const decoder = new TextDecoder();
    for await (const bytes of response.body) {
      const arrived = now();
      text += decoder.decode(bytes as Uint8Array, { stream: true });
      // Every complete timestamp not yet seen is a chunk that arrived now.
      const stamps = text.match(/⟨(\d+\.\d+)⟩/gu) ?? [];
      for (const stamp of stamps.slice(chunkLatencies.length)) {
        if (Number.isNaN(firstText)) firstText = arrived - started;
        chunkLatencies.push(arrived - Number(stamp.slice(1, -1)));
      }
      if (text.includes("[DONE]") || text.includes("event: done")) sawEnd = true;
    }
  } catch {
    return { ok: false, firstText, chunkLatencies };
  }
  return { ok: sawEnd && chunkLatencies.length === CHUNKS, firstText, chunkLatencies };
}

function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startBackend(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, "processes", "timestamp-backend.mjs")], {
    env: { ...process.env, CHUNKS: String(CHUNKS), CHUNK_MS: String(CHUNK_MS) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) => {
    child.stdout!.on("data", (data: Buffer) => {
      const port = /PORT (\d+)/u.exec(data.toString())?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
  });
}

async function startGatewayProcess(backendUrl: string): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(join(ROOT, "build", "server", "cli", "main.js"))) throw new Error("Run `npm run build` first: the benchmark measures the production build.");
  const port = await freePort();
  // BENCH_PROFILE=<dir> writes a CPU profile of the gateway there.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, join(ROOT, "bin", "koki.js"), "serve"], {
    env: {
      ...process.env,
      KOKI_PORT: String(port),
      KOKI_TLS: "off",
      KOKI_LLM_BASE_URL: `${backendUrl}/v1`,
      KOKI_LLM_MODEL: "bench-model",
      KOKI_LLM_MAX_CONCURRENT: "1024",
      KOKI_REQUESTS_PER_MINUTE: "1000000",
      KOKI_CHARS_PER_DAY: "1000000000",
      KOKI_LOG_LEVEL: "info",
    },
    // Logs are written as in production, and thrown away here.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await undiciFetch(`${url}/api/health`, { dispatcher: agent })).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("gateway did not start");
}

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
function processStats(pid: number): { cpuSeconds: number; rssMb: number; peakRssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(stat[11]) + Number(stat[12]);
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`, "u").exec(status)?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
}

/**
 * Opens `streams` streams at once, their starts spread over one chunk interval
 * (steady concurrency, as when staff start runs independently), or all in the
 * same instant (`burst`, the worst case).
 */
async function runLevel(url: string, body: unknown, streams: number, rounds: number, burst = false): Promise<StreamResult[]> {
  const results: StreamResult[] = [];
  const start = (index: number) =>
    new Promise<StreamResult>((resolve) => setTimeout(() => resolve(readStream(url, body)), burst ? 0 : (index / streams) * CHUNK_MS));
  for (let round = 0; round < rounds; round++) results.push(...(await Promise.all(Array.from({ length: streams }, (_, index) => start(index)))));
  return results;
}

/** Sums and counts of the gateway's own first-text and backend first-token histograms. */
async function internalTimes(url: string): Promise<{ firstText: number; backendFirst: number; count: number }> {
  const text = await (await undiciFetch(`${url}/metrics`, { dispatcher: agent })).text();
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  return {
    firstText: value(/^koki_time_to_first_text_seconds_sum\{[^}]*\} ([\d.e-]+)$/mu),
    backendFirst: value(/^koki_backend_first_token_seconds_sum ([\d.e-]+)$/mu),
    count: value(/^koki_backend_first_token_seconds_count (\d+)$/mu),
  };
}

const f = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");

export async function gatewayLoad(): Promise<string> {
  const backend = await startBackend();
  const gateway = await startGatewayProcess(backend.url);
  const directBody = { model: "bench-model", stream: true, messages: [{ role: "user", content: "Bitte antworten." }] };
  const gatewayBody = { task: "buergernah", text: "Bitte antworten Sie mir.", host: "word" };
  const rows: string[] = [];
  try {
    // Warm-up: JIT, connection pools.
    await runLevel(`${backend.url}/v1/chat/completions`, directBody, 20, 1);
    await runLevel(`${gateway.url}/api/runs`, gatewayBody, 20, 1);
    for (const { streams, rounds, burst } of LEVELS) {
      const direct = await runLevel(`${backend.url}/v1/chat/completions`, directBody, streams, rounds, burst);
      const before = processStats(gateway.child.pid!);
      const internalBefore = await internalTimes(gateway.url);
      const started = performance.now();
      const viaGateway = await runLevel(`${gateway.url}/api/runs`, gatewayBody, streams, rounds, burst);
      const seconds = (performance.now() - started) / 1000;
      const after = processStats(gateway.child.pid!);
      const internalAfter = await internalTimes(gateway.url);
      // From the gateway's own metrics: handler start to first text, minus the backend's share.
      const internalAdded =
        ((internalAfter.firstText - internalBefore.firstText - (internalAfter.backendFirst - internalBefore.backendFirst)) /
          (internalAfter.count - internalBefore.count)) *
        1000;
      const firstDirect = direct.map((r) => r.firstText);
      const firstGateway = viaGateway.map((r) => r.firstText);
      const chunkDirect = direct.flatMap((r) => r.chunkLatencies);
      const chunkGateway = viaGateway.flatMap((r) => r.chunkLatencies);
      const errors = viaGateway.filter((r) => !r.ok).length;
      rows.push(
        `| ${streams}${burst ? " (burst)" : ""} | ${viaGateway.length} | ${f(percentile(firstDirect, 50))} | ${f(percentile(firstGateway, 50) - percentile(firstDirect, 50))} | ${f(percentile(firstGateway, 99) - percentile(firstDirect, 99))} | ${f(internalAdded)} | ${f(percentile(chunkDirect, 50))} | ${f(percentile(chunkGateway, 50) - percentile(chunkDirect, 50))} | ${f(percentile(chunkGateway, 99) - percentile(chunkDirect, 99))} | ${f(((after.cpuSeconds - before.cpuSeconds) / seconds) * 100)} | ${after.peakRssMb.toFixed(0)} | ${errors} (direct ${direct.filter((r) => !r.ok).length}) |`,
      );
    }
  } finally {
    gateway.child.kill("SIGTERM");
    backend.child.kill("SIGTERM");
    await agent.close();
  }
  return [
    `### Gateway under load: backend, gateway and load generator in separate processes (${CHUNKS} chunks every ${CHUNK_MS} ms)`,
    "",
    "| concurrent streams | streams | direct first text p50 (ms) | added first text p50 (ms) | added first text p99 (ms) | gateway-internal added first text, mean (ms) | direct chunk latency p50 (ms) | added chunk latency p50 (ms) | added chunk latency p99 (ms) | gateway CPU (% of one core) | gateway peak RSS (MB) | errors |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
