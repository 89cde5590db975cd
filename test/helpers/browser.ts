import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.KOKI_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Browser tests need Debian's chromium. Locally they are skipped with a
 * notice when it is missing; in CI (CI=true) a missing browser fails.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run must install it.`);
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
  return false;
}

/** The machine has no internet: keep Chromium from trying background connections. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

const OFFICE_DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * How the Office.js CDN answers: from the @microsoft/office-js package, not at
 * all (a blocked network), or with an Office.js whose onReady never resolves.
 */
export type OfficeCdn = "package" | "blocked" | "silent" | { script: string };

const SILENT_OFFICE = "window.Office = { onReady: function () { return new Promise(function () {}); }, HostType: {} };";

export interface OfflineOptions {
  locale?: string;
  office?: OfficeCdn;
  /** Headers on every request, as an authenticating reverse proxy would add them. */
  extraHeaders?: Record<string, string>;
  colorScheme?: "light" | "dark";
  /** Windows high contrast, as Chromium emulates it. */
  forcedColors?: "active" | "none";
  /** Requests to the gateway that fail as on a broken network (matched against the path). */
  failPaths?: RegExp;
}

/**
 * A context whose requests never leave the machine: Microsoft's Office.js CDN
 * is answered as `office` says, its telemetry and every other outside request
 * are aborted.
 */
export async function newOfflineContext(browser: Browser, allowedOrigin: string, options: OfflineOptions = {}): Promise<BrowserContext> {
  const { locale = "de-DE", office = "package", extraHeaders, colorScheme = "light", forcedColors = "none", failPaths } = options;
  const context = await browser.newContext({
    viewport: { width: 350, height: 700 },
    ignoreHTTPSErrors: true,
    locale,
    extraHTTPHeaders: extraHeaders,
    colorScheme,
    forcedColors,
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin)) return failPaths?.test(new URL(url).pathname) ? route.abort("connectionfailed") : route.continue();
    if (url.startsWith(CDN_PREFIX) && office === "silent") {
      return route.fulfill({ status: 200, contentType: "application/javascript", body: SILENT_OFFICE });
    }
    if (url.startsWith(CDN_PREFIX) && typeof office === "object") {
      // A fake host served in Office.js's place (test/fakes/*-browser.ts).
      return route.fulfill({ status: 200, contentType: "application/javascript", body: office.script });
    }
    if (url.startsWith(CDN_PREFIX) && office === "package" && !/telemetry/i.test(url)) {
      const file = join(OFFICE_DIST, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "application/javascript", body: readFileSync(file) });
      }
    }
    return route.abort();
  });
  return context;
}

/** Collects page errors so tests can assert that none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export interface OpenPane {
  page: Page;
  /** Uncaught page errors so far; tests assert there are none. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens the built task pane from the gateway in a fresh offline context and waits until it is ready. */
export async function openPane(
  browser: Browser,
  gatewayUrl: string,
  options: OfflineOptions & { readyText?: string; initScript?: string; query?: string } = {},
): Promise<OpenPane> {
  const context = await newOfflineContext(browser, gatewayUrl, options);
  // Runs before the page's own scripts (over CDP, so the page's CSP does not apply).
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = watchErrors(page);
  await page.goto(`${gatewayUrl}/taskpane.html${options.query ?? ""}`);
  if (options.readyText !== "") await page.getByText(options.readyText ?? "Browser-Modus").waitFor();
  return { page, errors, close: () => context.close() };
}

/**
 * Opens the pane with a fake host (test/fakes/*-browser.ts, bundled) served
 * in Office.js's place; `setup` becomes `window[global]` before it runs.
 */
export async function openWithFakeHost(
  browser: Browser,
  gatewayUrl: string,
  fake: { script: string; global: string; setup: unknown; query?: string; failPaths?: RegExp },
): Promise<OpenPane> {
  const initScript = `window.${fake.global} = ${JSON.stringify(fake.setup)};`;
  return openPane(browser, gatewayUrl, { office: { script: fake.script }, initScript, readyText: "", query: fake.query, failPaths: fake.failPaths });
}
