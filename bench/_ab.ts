// Ad-hoc A/B: two KoKI builds (DIST_A, DIST_B), interleaved, first and repeat start.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/helpers/browser";
import { startGateway } from "../test/helpers/gateway";
import { SCRIPTED_MODEL, startScriptedBackend, textStream } from "../test/helpers/scripted-backend";
const RUNS = Number(process.env.RUNS ?? 25);
const READY = "koki-bench-ready";
const SEL = process.env.SEL ?? "form select:not([disabled])";
const markWhen = (selector: string) => `
  let usable = false, painted = false;
  const ready = () => usable && painted && console.debug(${JSON.stringify(READY)});
  new MutationObserver((_, o) => { if (!document.querySelector(${JSON.stringify(selector)})) return; window.__usableAt = performance.now(); o.disconnect(); usable = true; ready(); }).observe(document, { subtree: true, childList: true, attributes: true });
  new PerformanceObserver((list, o) => { if (!list.getEntriesByName("first-contentful-paint").length) return; o.disconnect(); painted = true; ready(); }).observe({ type: "paint", buffered: true });`;
async function measure(page: Page, url: string) {
  await page.addInitScript(markWhen(SEL));
  const ready = page.waitForEvent("console", { predicate: (m) => m.text() === READY });
  await page.goto(url, { waitUntil: "commit" });
  await ready;
  const v = await page.evaluate(() => (window as any).__usableAt as number);
  await page.waitForLoadState("load");
  await page.waitForTimeout(250);
  return v;
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
async function main() {
  const backend = await startScriptedBackend(() => textStream(["Kurz und klar."]));
  // A: this checkout's gateway and build; B: another checkout's own gateway and build (OLD=/path/to/checkout).
  const old = require(`${process.env.OLD}/build/server/app.js`); const oldSchema = require(`${process.env.OLD}/build/server/config/config-schema.js`);
  const oldApp = await old.buildApp({ config: oldSchema.configSchema.parse({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL }, server: { host: "127.0.0.1", port: 0, tls: { enabled: false }, staticDir: `${process.env.OLD}/dist` } }), logger: false });
  await oldApp.listen({ host: "127.0.0.1", port: 0 });
  const gw = { A: await startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL } }), B: { url: `http://127.0.0.1:${oldApp.server.address().port}`, close: () => oldApp.close() } };
  const r: Record<string, { first: number[]; repeat: number[] }> = { A: { first: [], repeat: [] }, B: { first: [], repeat: [] } };
  for (let i = 0; i < RUNS; i++) for (const w of (i % 2 ? ["A", "B"] : ["B", "A"]) as ("A" | "B")[]) {
    const profile = mkdtempSync(join(tmpdir(), "koki-ab-"));
    const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 350, height: 700 }, locale: "de-DE", args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"] });
    const open = async () => { const p = await ctx.newPage(); const v = await measure(p, `${gw[w].url}/taskpane.html`); await p.close(); return v; };
    r[w].first.push(await open()); await open(); r[w].repeat.push(await open());
    await ctx.close(); rmSync(profile, { recursive: true, force: true });
  }
  for (const k of ["first", "repeat"] as const) {
    const ratios = r.B[k].map((b, i) => b / r.A[k][i]!);
    console.log(k, "A", median(r.A[k]).toFixed(1), "B", median(r.B[k]).toFixed(1), "B/A median ratio", median(ratios).toFixed(3), "B<A in", ratios.filter((x) => x < 1).length, "/", RUNS);
  }
  await gw.A.close(); await gw.B.close(); await backend.close();
}
void main();
