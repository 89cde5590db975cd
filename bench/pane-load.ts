/**
 * Task pane start-up in headless Chromium (350×700), against a minimal
 * React + Fluent v9 page (bench/baseline) built with the same webpack
 * config, in the same run: initial JavaScript (gzip), first contentful
 * paint, time until the task picker is usable, and JS heap after a first run.
 */
import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import webpack from "webpack";
import { launchBrowser, newOfflineContext } from "../test/helpers/browser";
import { startGateway } from "../test/helpers/gateway";
import { SCRIPTED_MODEL, startScriptedBackend, textStream } from "../test/helpers/scripted-backend";

const ROOT = join(__dirname, "..");
const RUNS = 7;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HtmlWebpackPlugin = require("html-webpack-plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js");

async function buildBaseline(out: string): Promise<void> {
  const base = makeConfig({}, { mode: "production" });
  const config = {
    ...base,
    entry: { baseline: join(__dirname, "baseline", "index.tsx") },
    output: { ...base.output, path: out },
    plugins: [new HtmlWebpackPlugin({ template: join(__dirname, "baseline", "index.html"), filename: "index.html", scriptLoading: "defer" })],
  };
  await new Promise<void>((resolve, reject) => webpack(config, (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString())) : resolve())));
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = join(dir, (request.url ?? "/") === "/" ? "index.html" : request.url!.split("?")[0]!);
    try {
      const body = readFileSync(path);
      response.writeHead(200, { "content-type": path.endsWith(".html") ? "text/html" : "application/javascript" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** gzip size of the scripts the HTML page loads by itself (not the chunks loaded later). */
function initialJs(dir: string, html: string): { raw: number; gzip: number } {
  const scripts = [...readFileSync(join(dir, html), "utf8").matchAll(/<script[^>]*src=["']?([^"' >]+)/gu)].map((m) => m[1]!).filter((src) => !src.startsWith("http"));
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const bytes = readFileSync(join(dir, src));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function measure(page: Page, url: string, ready: (page: Page) => Promise<void>): Promise<{ fcp: number; interactive: number }> {
  const started = Date.now();
  await page.goto(url);
  await ready(page);
  const interactive = Date.now() - started;
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
  return { fcp, interactive };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function paneLoad(): Promise<string> {
  const baselineDir = join(ROOT, "dist-bench");
  await buildBaseline(baselineDir);
  const baseline = await serve(baselineDir);
  const backend = await startScriptedBackend(() => textStream(["Kurz und klar."]));
  const gateway = await startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL }, plainLanguage: { maxRevisions: 0 } });
  const browser = await launchBrowser();
  const results = { baseline: { fcp: [] as number[], interactive: [] as number[] }, koki: { fcp: [] as number[], interactive: [] as number[] } };
  let heapMb = NaN;
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const which of ["baseline", "koki"] as const) {
        // Office.js blocked: both pages start at once, as in a plain browser.
        const context = await newOfflineContext(browser, which === "koki" ? gateway.url : baseline.url, { office: "blocked" });
        const page = await context.newPage();
        const sample =
          which === "koki"
            ? await measure(page, `${gateway.url}/taskpane.html`, async (p) => {
                const picker = p.getByRole("combobox", { name: "Aufgabe" });
                await picker.waitFor();
                await p.waitForFunction(() => !(document.querySelector("select") as HTMLSelectElement | null)?.disabled);
              })
            : await measure(page, baseline.url, (p) => p.getByRole("button", { name: "Start" }).waitFor());
        results[which].fcp.push(sample.fcp);
        results[which].interactive.push(sample.interactive);
        if (which === "koki" && i === RUNS - 1) {
          await page.getByRole("button", { name: "Starten" }).click();
          await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
          const cdp = await context.newCDPSession(page);
          await cdp.send("HeapProfiler.collectGarbage");
          heapMb = ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize / 1024 / 1024;
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await gateway.close();
    await backend.close();
    baseline.server.close();
  }
  const koki = initialJs(join(ROOT, "dist"), "taskpane.html");
  const base = initialJs(baselineDir, "index.html");
  const row = (label: string, a: number, b: number, unit: string, digits = 0) => `| ${label} | ${b.toFixed(digits)} ${unit} | ${a.toFixed(digits)} ${unit} | **${(a / b).toFixed(2)}** |`;
  return [
    `### Task pane start-up (headless Chromium, 350×700, median of ${RUNS})`,
    "",
    "| what | minimal React + Fluent page | KoKI | ratio |",
    "| --- | --- | --- | --- |",
    row("initial JS, gzip", koki.gzip / 1024, base.gzip / 1024, "KB", 1),
    row("first contentful paint", median(results.koki.fcp), median(results.baseline.fcp), "ms"),
    row("task picker usable (baseline: button)", median(results.koki.interactive), median(results.baseline.interactive), "ms"),
    "",
    `JS heap after the first task (after GC): ${heapMb.toFixed(1)} MB (target < 10 MB). Targets: initial JS ≤ 150 KB gzip; paint and interactive within 1.3× the baseline.`,
  ].join("\n");
}
