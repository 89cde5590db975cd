import type { Browser } from "playwright-core";
import { browserAvailable, launchBrowser, newOfflineContext, openPane, watchErrors } from "../helpers/browser";
import { startGateway, type RunningGateway } from "../helpers/gateway";
import { SOZIALAMT_AGENT } from "../fixtures/group-agent";

const run = browserAvailable() ? describe : describe.skip;

const AGENT = SOZIALAMT_AGENT;

run("sign-in as the pane sees it (headless Chromium)", () => {
  let browser: Browser;
  let open: RunningGateway;
  let proxied: RunningGateway;

  beforeAll(async () => {
    open = await startGateway({});
    // The test's browser plays the authenticating reverse proxy on loopback.
    proxied = await startGateway({ auth: { mode: "trusted-header", trustedHeader: { proxies: ["127.0.0.1"] } }, tasks: { agents: [AGENT] } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await open?.close();
    await proxied?.close();
  });

  test("without sign-in (development), the pane says so visibly", async () => {
    const { page, errors, close } = await openPane(browser, open.url);
    await expect(page.getByTestId("no-sign-in").textContent()).resolves.toBe("Ohne Anmeldung (nur zum Testen)");
    expect(errors).toEqual([]);
    await close();
  });

  test("the pane takes its sign-in settings and config from the page and does not ask the gateway for them, and its host's code comes early", async () => {
    const { page, errors, close } = await openPane(browser, open.url);
    await page.getByRole("combobox", { name: "Aufgabe" }).waitFor();
    const requested = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname));
    expect(requested).not.toContain("/api/config");
    expect(requested).not.toContain("/api/auth");
    // The host's code, asked for early by the page's Link header, is fetched once: the pane takes the early answer.
    expect(requested.filter((path) => /^\/host-browser\./u.test(path))).toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });

  test("from a page without them (another server), the pane asks the gateway for both and starts as usual", async () => {
    const context = await newOfflineContext(browser, open.url);
    // Registered last, so it comes first: the page as a plain static server would send it.
    await context.route(`${open.url}/taskpane.html`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain('<meta name="koki-auth"');
      expect(html).toContain('<script type="application/json" id="koki-config">');
      await route.fulfill({
        response,
        body: html.replace(/<meta name="koki-auth"[^>]*>/u, "").replace(/<script type="application\/json"[^<]*<\/script>/u, ""),
      });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const asked: string[] = [];
    page.on("request", (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${open.url}/taskpane.html`);
    await expect(page.getByTestId("no-sign-in").textContent()).resolves.toBe("Ohne Anmeldung (nur zum Testen)");
    expect(asked).toContain("/api/auth");
    expect(asked).toContain("/api/config");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("from a page without its config, a config request that fails gives a plain message, not a blank pane", async () => {
    const context = await newOfflineContext(browser, open.url);
    await context.route(`${open.url}/taskpane.html`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<script type="application\/json"[^<]*<\/script>/u, "") });
    });
    await context.route(`${open.url}/api/config`, (route) => route.abort("connectionrefused"));
    const page = await context.newPage();
    await page.goto(`${open.url}/taskpane.html`);
    await page.getByText("KoKI erreicht den Server nicht. Bitte laden Sie KoKI neu.", { exact: false }).waitFor();
    await context.close();
  });

  test("behind an authenticating proxy, the user sees the tasks of their groups and no warning", async () => {
    const { page, errors, close } = await openPane(browser, proxied.url, {
      extraHeaders: { "x-forwarded-user": "anna.schmidt", "x-forwarded-groups": "sozialamt,bauamt" },
    });
    await expect(page.getByTestId("no-sign-in").count()).resolves.toBe(0);
    const tasks = await page.getByRole("combobox", { name: "Aufgabe" }).locator("option").allTextContents();
    expect(tasks).toContain("Bescheid Sozialamt");
    // The page request came with the user, so the page carried the user's config.
    const requested = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname));
    expect(requested).not.toContain("/api/config");
    expect(errors).toEqual([]);
    await close();
  });

  test("a user the gateway does not know gets a plain sign-in message, not a blank pane", async () => {
    const { page, errors, close } = await openPane(browser, proxied.url, { readyText: "" });
    await page.getByText("Die Anmeldung hat nicht geklappt. Bitte laden Sie KoKI neu.", { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
