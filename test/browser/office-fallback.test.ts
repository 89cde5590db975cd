import type { Browser } from "playwright-core";
import { browserAvailable, launchBrowser, openPane, type OfflineOptions } from "../helpers/browser";
import { startGateway, type RunningGateway } from "../helpers/gateway";

const run = browserAvailable() ? describe : describe.skip;

run("start-up without Office (headless Chromium)", () => {
  let browser: Browser;
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startGateway({});
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  // Each test waits for its own ready state.
  const open = (options: OfflineOptions) => openPane(browser, gateway.url, { ...options, readyText: "" });

  test("an unreachable Office.js CDN gives browser mode at once", async () => {
    const { page, errors, close } = await open({ office: "blocked" });
    await page.getByText("Browser-Modus").waitFor();
    await page.getByText("Sie nutzen KoKI ohne Office.").waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  test("an Office.js that never gets ready falls back to browser mode after a few seconds and says so", async () => {
    const { page, errors, close } = await open({ office: "silent" });
    const started = Date.now();
    await page.getByText("Office hat nicht geantwortet. KoKI läuft deshalb im Browser-Modus.").waitFor();
    expect(Date.now() - started).toBeLessThan(8000);
    await expect(page.getByRole("button", { name: "Starten" }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test("without a backend, the pane says so and runs explain how to connect one", async () => {
    const { page, close } = await open({});
    await page.getByText("Es ist noch kein Sprachmodell angeschlossen.").waitFor();
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByRole("alert").getByText("Es ist kein Sprachmodell angeschlossen. Bitte melden Sie das Ihrer IT.").waitFor();
    await close();
  });

  test("an English browser gets the English pane", async () => {
    const { page, close } = await open({ locale: "en-US" });
    await page.getByText("Browser mode").waitFor();
    await expect(page.getByRole("combobox", { name: "Task" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Start" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("main").getAttribute("lang")).resolves.toBe("en");
    await close();
  });

  test("the pane runs under its Content-Security-Policy without violations, and OsfOptOut is set", async () => {
    const violations: string[] = [];
    const { page, errors, close } = await open({});
    page.on("console", (message) => {
      // Office.js's telemetry frame is blocked on purpose (nothing external but the Office.js CDN).
      if (/Content Security Policy/i.test(message.text()) && !/telemetryservice/.test(message.text())) violations.push(message.text());
    });
    await page.reload();
    await page.getByText("Browser-Modus").waitFor();
    await expect(page.evaluate(() => (window as unknown as { OsfOptOut?: boolean }).OsfOptOut)).resolves.toBe(true);
    await page.getByRole("button", { name: "Verständlichkeit prüfen" }).click();
    await page.getByTestId("readability").waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
