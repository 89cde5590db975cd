/**
 * Task pane start-up in headless Chromium (350×700), against a minimal
 * React + Fluent v9 page (bench/baseline) built with the same webpack
 * config, in the same run: initial JavaScript (gzip), first contentful
 * paint, time until the task picker is usable, and JS heap after a first run.
 * Also the start in Word: the pane at Word's address with the fake Word host
 * (test/fakes) in Office.js's place, against the baseline with the same fake.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { chromium, type Page } from "playwright-core";
import type { WordSetup } from "../test/fakes/word-fake-browser";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/helpers/browser";
import { bundleFake } from "../test/helpers/bundle-fake";
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
  // One build, two pages: without and with Office.js (see references()).
  const page = (filename: string, office: boolean) =>
    new HtmlWebpackPlugin({ template: join(__dirname, "baseline", "index.html"), filename, scriptLoading: "defer", templateParameters: { office } });
  const config = {
    ...base,
    entry: { baseline: join(__dirname, "baseline", "index.tsx") },
    output: { ...base.output, path: out },
    // The pane's plugins (style extraction, pre-compressed copies), without its own pages and copied files.
    plugins: [
      ...base.plugins.filter((plugin: object) => !["HtmlWebpackPlugin", "CopyPlugin"].includes(plugin.constructor.name)),
      page("index.html", false),
      page("office.html", true),
    ],
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString())) : resolve())),
  );
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
 * With BENCH_LATENCY=<ms>, Chromium adds that much latency to every request, at 100 Mbit/s down, as a
 * municipal network to the data centre might: loopback alone hides what an extra round trip costs.
 */
const LATENCY = Number(process.env.BENCH_LATENCY ?? 0);

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

/** The value at fraction `at` of the sorted values (0.5: the median). */
const quantile = (values: number[], at: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * at + 0.5)]!;
const median = (values: number[]) => quantile(values, 0.5);

/**
 * About 95 % confidence for where the true median lies, without assuming a distribution: the order
 * statistics j = n/2 − 0.98·√n and k = 1 + n/2 + 0.98·√n, counted from 1 (the binomial's normal
 * approximation; 10th and 22nd of 31). Says whether a target such as 1.3× is within what this bench
 * can tell apart, which one median alone does not.
 */
function medianInterval(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const half = 0.98 * Math.sqrt(sorted.length);
  const at = (rank: number) => sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
  return [at(Math.floor(sorted.length / 2 - half)), at(Math.ceil(1 + sorted.length / 2 + half))];
}

/** A page KoKI is measured against: which HTML to open, what to wait for. */
interface Reference {
  html: string;
  selector: string;
  name: string;
}

/** A page as the bench opens it; `initScript` runs before the page's own scripts. */
interface Opened {
  name: string;
  url: string;
  selector: string;
  initScript?: string;
}

/** Word's address for a task pane, as Office opens it (the pane guesses its host from it). */
const IN_WORD = "?_host_Info=Word$Win32$16.01$de-DE$$$$0";
const LETTER: WordSetup = {
  paragraphs: [{ text: "Ihr Antrag auf Wohngeld" }, { text: "Die Bearbeitung Ihres Antrags erfolgt nach Eingang sämtlicher Unterlagen." }],
  select: [0, 1],
};

/**
 * The fake Word host, installed before the page's scripts. Office.js itself does not load (outside hosts
 * do not resolve), so the pane finds the fake's `Office` and starts in Word: it loads Word's code and reads
 * the selection before the picker shows. The fake answers at once, where Word takes its time; the reference
 * page gets the same script, so both pay for running it.
 */
async function inWord(): Promise<string> {
  return `window.__KOKI_WORD_SETUP__ = ${JSON.stringify(LETTER)};\n${await bundleFake("word-fake-browser")}`;
}

/**
 * The minimal page, and the same page as a task pane must be: with Office.js from Microsoft's CDN, a
 * blocking script in <head> (Microsoft's own template has it). Outside Office it fails at once here,
 * as it does for KoKI. The first is the issue's baseline; the second shows what the pane's own code costs.
 */
async function references(): Promise<{ dir: string; pages: Reference[] }> {
  if (COMPARE) return { dir: COMPARE, pages: [{ html: "taskpane.html", selector: PICKER, name: "other build" }] };
  const dir = join(ROOT, "dist-bench");
  await buildBaseline(dir);
  return {
    dir,
    pages: [
      { html: "index.html", selector: "main button", name: "minimal React + Fluent page" },
      { html: "office.html", selector: "main button", name: "the same with Office.js" },
    ],
  };
}

type Samples = { fcp: number[]; interactive: number[]; repeat: number[] };

export async function paneLoad(): Promise<string> {
  const ref = await references();
  const backend = await startScriptedBackend(() => textStream(["Kurz und klar."]));
  // The reference pages are served by a gateway of their own, so that all come through the same server code:
  // the same pre-compressed copies, cache and security headers. The comparison is then about the pages.
  const serve = (staticDir?: string) =>
    startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL }, plainLanguage: { maxRevisions: 0 }, server: { staticDir } });
  const referenceGateway = await serve(ref.dir);
  const gateway = await serve();
  const word = await inWord();
  const wordReference = ref.pages.at(-1)!;
  const pages: Opened[] = [
    { selector: PICKER, name: "KoKI", url: `${gateway.url}/taskpane.html` },
    ...ref.pages.map((page) => ({ ...page, url: `${referenceGateway.url}/${page.html}` })),
    { selector: PICKER, name: "KoKI in Word", url: `${gateway.url}/taskpane.html${IN_WORD}`, initScript: word },
    { ...wordReference, name: `${wordReference.name}, in Word`, url: `${referenceGateway.url}/${wordReference.html}${IN_WORD}`, initScript: word },
  ];
  const results = new Map(pages.map((page): [string, Samples] => [page.name, { fcp: [], interactive: [], repeat: [] }]));
  let heapMb = NaN;
  try {
    for (let i = 0; i < RUNS; i++) {
      // The order turns from run to run: a page opened later in a run may find the machine warmer or busier.
      for (const page of pages.map((_, k) => pages[(k + i) % pages.length]!)) {
        // A fresh browser profile on disk, as Office's web view keeps one (an in-memory profile has no
        // code cache). No request interception, which would add a round trip to every request: outside
        // hosts do not resolve, so Office.js fails at once for every page that loads it, as in a plain browser.
        const profile = mkdtempSync(join(tmpdir(), "koki-bench-"));
        const context = await chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM,
          headless: true,
          viewport: { width: 350, height: 700 },
          locale: "de-DE",
          args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
        });
        const samples = results.get(page.name)!;
        try {
          if (page.initScript) await context.addInitScript({ content: page.initScript });
          const open = async () => {
            const tab = await context.newPage();
            if (LATENCY) {
              const cdp = await context.newCDPSession(tab);
              await cdp.send("Network.enable");
              await cdp.send("Network.emulateNetworkConditions", {
                offline: false,
                latency: LATENCY,
                downloadThroughput: 100e6 / 8,
                uploadThroughput: 50e6 / 8,
              });
            }
            return { tab, sample: await measure(tab, page.url, page.selector) };
          };
          // First start: nothing cached.
          const first = await open();
          samples.fcp.push(first.sample.fcp);
          samples.interactive.push(first.sample.interactive);
          await first.tab.close();
          // Repeat start, as a clerk reopens the pane: the scripts are cached, and from the third
          // start on V8 has their compiled code too.
          await (await open()).tab.close();
          const repeat = await open();
          samples.repeat.push(repeat.sample.interactive);
          if (page.name === "KoKI" && i === RUNS - 1) {
            const { tab } = repeat;
            await tab.getByRole("button", { name: "Starten" }).click();
            await tab.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
            const cdp = await context.newCDPSession(tab);
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
    await referenceGateway.close();
  }
  if (process.env.BENCH_RAW) console.error(JSON.stringify(Object.fromEntries(results)));
  const dist = join(ROOT, "dist");
  const kokiKb = gzipKb(dist, initialScripts(dist, "taskpane.html"));
  const row = (label: string, a: number, b: number, unit: string, digits = 0, ratio = a / b, interval = "", spread = "") =>
    `| ${label} | ${b.toFixed(digits)} ${unit} | ${a.toFixed(digits)} ${unit} | **${ratio.toFixed(2)}** | ${interval} | ${spread} |`;
  /** One table per reference page; KoKI's samples are the same in each (KoKI in Word's for the pages in Word). */
  const table = (reference: Reference, subject = "KoKI", referenceName = reference.name) => {
    const koki = results.get(subject)!;
    const other = results.get(referenceName)!;
    // The ratio is the median of the runs' own ratios (KoKI against the reference page opened in the same
    // run), with its confidence interval; the middle half of those ratios shows how far single runs spread.
    const timed = (label: string, key: keyof Samples) => {
      const ratios = koki[key].map((value, i) => value / other[key][i]!);
      const range = ([low, high]: [number, number]) => `${low.toFixed(2)}–${high.toFixed(2)}`;
      return row(
        label,
        median(koki[key]),
        median(other[key]),
        "ms",
        0,
        median(ratios),
        range(medianInterval(ratios)),
        range([quantile(ratios, 0.25), quantile(ratios, 0.75)]),
      );
    };
    return [
      `| what | ${referenceName} | ${subject} | ratio | 95 % interval of the ratio | middle half of the runs' ratios |`,
      "| --- | --- | --- | --- | --- | --- |",
      row("initial JS, gzip", kokiKb, gzipKb(ref.dir, initialScripts(ref.dir, reference.html)), "KB", 1),
      timed("first contentful paint", "fcp"),
      timed(`task picker usable${COMPARE ? "" : " (baseline: button)"}, first start`, "interactive"),
      timed("task picker usable, repeat start (cached)", "repeat"),
      "",
    ];
  };
  return [
    `### Task pane start-up (headless Chromium, 350×700, median of ${RUNS} runs, each page once per run${LATENCY ? `, ${LATENCY} ms latency per request` : ""})`,
    "",
    ...ref.pages.flatMap((reference) => table(reference)),
    `In Word (the fake Word host in Office.js's place, the pane at Word's address), against ${COMPARE ? "the other build, in Word too" : "the page with Office.js and the same fake"}:`,
    "",
    ...table(wordReference, "KoKI in Word", pages.at(-1)!.name),
    `JS heap after the first task (after GC): ${heapMb.toFixed(1)} MB (target < 10 MB). Targets: initial JS ≤ 150 KB gzip; paint and interactive within 1.3× the baseline.`,
  ].join("\n");
}
