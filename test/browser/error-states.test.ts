import type { Browser, Page } from "playwright-core";
import type { KokiConfigInput } from "../../src/server/config/config-schema";
import { axeViolations } from "../helpers/axe";
import { browserAvailable, launchBrowser, openPane, type OpenPane } from "../helpers/browser";
import { startGatewayFor, type RunningGateway } from "../helpers/gateway";
import { startScriptedBackend, textStream, type Script, type ScriptedBackend } from "../helpers/scripted-backend";

const run = browserAvailable() ? describe : describe.skip;

/** Error states the other suites do not reach: each gets its own plain message, and the pane stays usable. */
run("error states in the pane (headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let nextScript: Script = textStream(["Kurz und klar."]);
  const opened: OpenPane[] = [];
  const gateways: RunningGateway[] = [];

  beforeAll(async () => {
    backend = await startScriptedBackend(() => nextScript);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.close();
  });

  afterEach(async () => {
    for (const pane of opened.splice(0)) {
      expect(pane.errors).toEqual([]);
      await pane.close();
    }
    for (const gateway of gateways.splice(0)) await gateway.close();
  });

  async function paneWith(config: KokiConfigInput, options: Parameters<typeof openPane>[2] = {}): Promise<{ page: Page; gateway: RunningGateway }> {
    const gateway = await startGatewayFor(backend, config);
    gateways.push(gateway);
    const pane = await openPane(browser, gateway.url, options);
    opened.push(pane);
    return { page: pane.page, gateway };
  }

  const startButton = (page: Page) => page.getByRole("button", { name: "Starten" });
  const finished = (page: Page) => page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();

  test("rate-limited: the message says how long to wait, and the earlier result stays in the history", async () => {
    const { page } = await paneWith({ limits: { requestsPerMinute: 1 } });
    await startButton(page).click();
    await finished(page);
    await startButton(page).click();
    const alert = page.getByRole("alert").filter({ hasText: "sehr viele Anfragen" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Bitte warten Sie etwa \d+ Sekunden\./);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/error-rate-limited.png", fullPage: true });
    await page.getByRole("button", { name: /Frühere Ergebnisse/ }).click();
    await page.getByText("Kurz und klar.").first().waitFor();
  });

  test("a full backend: the second clerk sees their place in the queue, then their result", async () => {
    nextScript = textStream(
      Array.from({ length: 20 }, (_, i) => `Satz ${i}. `),
      { delayMs: 60 },
    );
    const { page: first, gateway } = await paneWith({ llm: { maxConcurrent: 1 } });
    const second = (await openPane(browser, gateway.url)).page;
    opened.push({ page: second, errors: [], close: () => second.context().close() });
    // Bürgernahe Sprache streams straight through (plain-language tasks hold the text for their check).
    for (const page of [first, second]) await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await startButton(first).click();
    await first.getByTestId("result-text").filter({ hasText: "Satz 1." }).waitFor();
    await startButton(second).click();
    await second.getByText("Viele Anfragen gerade. Sie sind an Platz 1.").waitFor();
    await second.screenshot({ path: "test-results/error-queue.png", fullPage: true });
    await finished(first);
    await finished(second);
    await expect(second.getByTestId("result-text").textContent()).resolves.toMatch(/^Satz 0\. .*Satz 19\.$/u);
  });

  test("when the host's code cannot load at start, the pane says the server is out of reach (not the sign-in)", async () => {
    const { page } = await paneWith({}, { failPaths: /^\/host-browser\.[0-9a-f]{8}\.js$/u, readyText: "" });
    await page.getByRole("alert").filter({ hasText: "KoKI erreicht den Server nicht. Bitte laden Sie KoKI neu." }).waitFor();
    await expect(page.getByText("Die Anmeldung hat nicht geklappt").count()).resolves.toBe(0);
  });

  test("a comparison whose worker cannot load says so, and the result stays", async () => {
    nextScript = textStream(["Kurz und klar."]);
    const { page } = await paneWith({}, { failPaths: /^\/word-diff\.[0-9a-f]{8}\.js$/u });
    await startButton(page).click();
    await page.getByTestId("live-region").filter({ hasText: "Der Text ist fertig." }).waitFor();
    await page.getByRole("switch", { name: "Änderungen zeigen" }).check();
    await page.getByText("Die Änderungen lassen sich gerade nicht zeigen.").waitFor();
    await page.getByRole("switch", { name: "Änderungen zeigen" }).uncheck();
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe("Kurz und klar.");
  });

  test("a part that cannot load (network gone, or KoKI updated meanwhile) says so; the rest works, and it comes back on request", async () => {
    nextScript = textStream(["Kurz und klar."]);
    // The result view's code never arrives: the clerk can still start a task, and the pane is never blank.
    const { page } = await paneWith({}, { failPaths: /^\/results\.[0-9a-f]{8}\.js$/u });
    const failed = page.getByRole("alert").filter({ hasText: "Dieser Teil von KoKI lädt gerade nicht. Bitte prüfen Sie die Verbindung." });
    await failed.waitFor();
    // After an update of KoKI the old part is gone for good: reloading is offered too.
    await expect(failed.getByRole("button", { name: "KoKI neu laden" }).isVisible()).resolves.toBe(true);
    await startButton(page).click();
    await page.getByTestId("live-region").filter({ hasText: "Der Text ist fertig." }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/error-part-failed.png", fullPage: true });
    // The network is back (a page route goes before the context's): trying again shows the result it kept.
    await page.route(/\/results\.[0-9a-f]{8}\.js$/u, (route) => route.continue());
    await page.getByRole("button", { name: "Noch einmal versuchen" }).click();
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe("Kurz und klar.");
    await expect(failed.count()).resolves.toBe(0);
  });

  test("too long: the limit and a suggestion, and nothing is sent", async () => {
    const { page } = await paneWith({ limits: { maxInputChars: 1000 } });
    const before = backend.requests.length;
    await startButton(page).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Der Text ist zu lang: 2\.\d{3} Zeichen\. KoKI nimmt höchstens 1\.000 Zeichen auf einmal\. Bitte markieren Sie einen kürzeren Abschnitt/u,
    );
    expect(backend.requests.length).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await expect(startButton(page).isEnabled()).resolves.toBe(true);
  });

  test("the network gone: a plain message, and the pane works again once it is back", async () => {
    nextScript = textStream(["Wieder da."]);
    const { page } = await paneWith({});
    await page.route("**/api/runs", (route) => route.abort("internetdisconnected"));
    await startButton(page).click();
    await page.getByRole("alert").getByText("Die Verbindung zum KoKI-Server fehlt.", { exact: false }).waitFor();
    await page.unroute("**/api/runs");
    await startButton(page).click();
    await finished(page);
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe("Wieder da.");
  });

  test("sign-in expired during work: the clerk is told to reload, nothing else is lost", async () => {
    const user = { "x-forwarded-user": "anna.schmidt" };
    const { page } = await paneWith({ auth: { mode: "trusted-header", trustedHeader: { proxies: ["127.0.0.1"] } } }, { extraHeaders: user });
    // The proxy's session ends: from now on the gateway gets no user.
    await page.route("**/api/runs", async (route) => {
      const headers = { ...route.request().headers() };
      delete headers["x-forwarded-user"];
      await route.continue({ headers });
    });
    await startButton(page).click();
    await page.getByRole("alert").getByText("Ihre Anmeldung ist abgelaufen. Bitte laden Sie KoKI neu", { exact: false }).waitFor();
    await expect(page.getByRole("textbox", { name: /Beispielbrief/ }).inputValue()).resolves.toContain("Sehr geehrte");
  });
});
