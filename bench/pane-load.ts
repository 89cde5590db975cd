/**
 * Task pane start-up in headless Chromium (350×700), against a minimal
 * React + Fluent v9 page (bench/baseline) built with the same webpack
 * config, in the same run: initial JavaScript (gzip), first contentful
 * paint, time until the task picker is usable, and JS heap after a first run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/helpers/browser";
import { startGateway } from "../test/helpers/gateway";
import { gzipKb, initialScripts } from "../test/helpers/initial-scripts";
import { SCRIPTED_MODEL, startScriptedBackend, textStream } from "../test/helpers/scripted-backend";

const ROOT = join(__dirname, "..");
// Many runs, each pairing both pages back to back: the machine's speed drifts, and a ratio within a pair cancels that.
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
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
    // The pane's plugins (style extraction, pre-compressed copies), without its own pages and copied files.
    plugins: [
      ...base.plugins.filter((plugin: object) => !["HtmlWebpackPlugin", "CopyPlugin"].includes(plugin.constructor.name)),
      new HtmlWebpackPlugin({ template: join(__dirname, "baseline", "index.html"), filename: "index.html", scriptLoading: "defer" }),
    ],
  };
  await new Promise<void>((resolve, reject) => webpack(config, (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString())) : resolve())));
}

const READY = "koki-bench-ready";
const PICKER = "form select:not([disabled])";
/**
 * With BENCH_COMPARE=<dist/ of another build>, the reference page is that build of the pane instead
 * of the minimal page. Two builds of the pane differ by a few per cent, which the minimal page's
 * spread (±0.1× from bench to bench) hides; the same work on both sides spreads far less.
 */
const COMPARE = process.env.BENCH_COMPARE;

/**
 * Marks, inside the page, when `selector` first matches, and says on the
 * console when that and the first contentful paint have happened. Waiting
 * for a console message runs no script in the page: Playwright's
 * waitForFunction would inject its helper script (14 ms in a trace of a first
 * start) at the load event, which comes before the pane's first render
 * (the pane still waits for its config) but after the baseline's.
 */
const markWhen = (selector: string) => `
  let usable = false;
  let painted = false;
  const ready = () => usable && painted && console.debug(${JSON.stringify(READY)});
  new MutationObserver((_, observer) => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    window.__usableAt = performance.now();
    observer.disconnect();
    usable = true;
    ready();
  }).observe(document, { subtree: true, childList: true, attributes: true });
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName("first-contentful-paint").length) return;
    observer.disconnect();
    painted = true;
    ready();
  }).observe({ type: "paint", buffered: true });
`;

async function measure(page: Page, url: string, selector: string): Promise<{ fcp: number; interactive: number }> {
  await page.addInitScript(markWhen(selector));
  const ready = page.waitForEvent("console", { predicate: (message) => message.text() === READY });
  await page.goto(url, { waitUntil: "commit" });
  await ready;
  const sample = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    interactive: (window as unknown as { __usableAt: number }).__usableAt,
  }));
  // Open a while, as a pane is: Chromium writes V8's code cache for the next start after the scripts have run.
  await page.waitForLoadState("load");
  await page.waitForTimeout(250);
  return sample;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The page KoKI is measured against: where it is built, which HTML to open, what to wait for. */
interface Reference {
  dir: string;
  html: string;
  selector: string;
  name: string;
}

async function reference(): Promise<Reference> {
  if (COMPARE) return { dir: COMPARE, html: "taskpane.html", selector: PICKER, name: "other build" };
  const dir = join(ROOT, "dist-bench");
  await buildBaseline(dir);
  return { dir, html: "index.html", selector: "main button", name: "minimal React + Fluent page" };
}

export async function paneLoad(): Promise<string> {
  const ref = await reference();
  const backend = await startScriptedBackend(() => textStream(["Kurz und klar."]));
  // Each page is served by a gateway of its own, so that both come through the same server code: the
  // same pre-compressed copies, cache and security headers. The comparison is then about the pages.
  const serve = (staticDir?: string) => startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL }, plainLanguage: { maxRevisions: 0 }, server: { staticDir } });
  const baseline = await serve(ref.dir);
  const gateway = await serve();
  type Samples = { fcp: number[]; interactive: number[]; repeat: number[] };
  const results: Record<"baseline" | "koki", Samples> = { baseline: { fcp: [], interactive: [], repeat: [] }, koki: { fcp: [], interactive: [], repeat: [] } };
  let heapMb = NaN;
  try {
    for (let i = 0; i < RUNS; i++) {
      // Each page opens first in every other pair: the second in a pair may find the machine warmer or busier.
      for (const which of i % 2 ? (["koki", "baseline"] as const) : (["baseline", "koki"] as const)) {
        // A fresh browser profile on disk, as Office's web view keeps one (an in-memory profile has no
        // code cache). No request interception, which would add a round trip to every request: outside
        // hosts do not resolve, so Office.js fails at once for both pages, as in a plain browser.
        const profile = mkdtempSync(join(tmpdir(), "koki-bench-"));
        const context = await chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM,
          headless: true,
          viewport: { width: 350, height: 700 },
          locale: "de-DE",
          args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
        });
        try {
          const open = async () => {
            const page = await context.newPage();
            const sample = which === "koki" ? await measure(page, `${gateway.url}/taskpane.html`, PICKER) : await measure(page, `${baseline.url}/${ref.html}`, ref.selector);
            return { page, sample };
          };
          // First start: nothing cached.
          const first = await open();
          results[which].fcp.push(first.sample.fcp);
          results[which].interactive.push(first.sample.interactive);
          await first.page.close();
          // Repeat start, as a clerk reopens the pane: the scripts are cached, and from the third
          // start on V8 has their compiled code too.
          await (await open()).page.close();
          const repeat = await open();
          results[which].repeat.push(repeat.sample.interactive);
          if (which === "koki" && i === RUNS - 1) {
            const { page } = repeat;
            await page.getByRole("button", { name: "Starten" }).click();
            await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
            const cdp = await context.newCDPSession(page);
            await cdp.send("HeapProfiler.collectGarbage");
            heapMb = ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize / 1024 / 1024;
          }
        } finally {
          await context.close();
          rmSync(profile, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await gateway.close();
    await backend.close();
    await baseline.close();
  }
  if (process.env.BENCH_RAW) console.error(JSON.stringify(results));
  const dist = join(ROOT, "dist");
  const kokiKb = gzipKb(dist, initialScripts(dist, "taskpane.html"));
  const baseKb = gzipKb(ref.dir, initialScripts(ref.dir, ref.html));
  const row = (label: string, a: number, b: number, unit: string, digits = 0, ratio = a / b) =>
    `| ${label} | ${b.toFixed(digits)} ${unit} | ${a.toFixed(digits)} ${unit} | **${ratio.toFixed(2)}** |`;
  // The ratio is the median of the runs' own ratios (KoKI against the reference page opened beside it).
  const timed = (label: string, key: keyof Samples) =>
    row(label, median(results.koki[key]), median(results.baseline[key]), "ms", 0, median(results.koki[key].map((value, i) => value / results.baseline[key][i]!)));
  return [
    `### Task pane start-up (headless Chromium, 350×700, median of ${RUNS} paired runs)`,
    "",
    `| what | ${ref.name} | KoKI | ratio |`,
    "| --- | --- | --- | --- |",
    row("initial JS, gzip", kokiKb, baseKb, "KB", 1),
    timed("first contentful paint", "fcp"),
    timed(`task picker usable${COMPARE ? "" : " (baseline: button)"}, first start`, "interactive"),
    timed("task picker usable, repeat start (cached)", "repeat"),
    "",
    `JS heap after the first task (after GC): ${heapMb.toFixed(1)} MB (target < 10 MB). Targets: initial JS ≤ 150 KB gzip; paint and interactive within 1.3× the baseline.`,
  ].join("\n");
}
