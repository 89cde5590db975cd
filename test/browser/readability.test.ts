import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { analyzeReadability } from "../../src/core/readability";
import { nodeSyllableCounter } from "../../src/server/readability/syllable-counter";
import { browserAvailable, openPane } from "../helpers/browser";
import type { RunningGateway } from "../helpers/gateway";
import { startPaneStack, stopPaneStack } from "../helpers/pane-stack";
import { textStream, type ScriptedBackend } from "../helpers/scripted-backend";

const run = browserAvailable() ? describe : describe.skip;
const LETTER = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "hosts", "browser", "sample-letter.txt"), "utf8");

run("readability in the task pane (headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let gateway: RunningGateway;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ browser, backend, gateway } = await startPaneStack(() => textStream(["Wir haben Ihr Einkommen geprüft.", " Sie müssen Geld zurückzahlen."])));
  });

  afterAll(() => stopPaneStack({ browser, gateway, backend }));

  beforeEach(async () => {
    ({ page, errors } = await openPane(browser, gateway.url));
  });

  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("shows the same scores as koki check, and a finding selects its passage", async () => {
    const expected = analyzeReadability(LETTER, { syllables: await nodeSyllableCounter() });
    await page.getByRole("button", { name: "Verständlichkeit prüfen" }).click();
    const panel = page.getByTestId("readability");
    await panel.getByText(expected.verdict).waitFor();
    await expect(panel.getByRole("definition").first().textContent()).resolves.toBe(expected.metrics.fleschAmstad.toLocaleString("de-DE"));

    const passive = expected.findings.filter((f) => f.kind === "passive");
    await panel.getByText(`Passiv (${passive.length})`).click();
    await panel
      .getByRole("button", { name: /^Im Dokument zeigen/ })
      .first()
      .click();
    const selected = await page
      .getByRole("textbox", { name: /Beispielbrief/ })
      .evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd]);
    const firstShown = expected.findings.filter((f) => f.kind === "passive")[0]!;
    expect(selected).toEqual([firstShown.start, firstShown.end]);
  });

  test("a rewrite shows the scores before and after", async () => {
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByTestId("score-comparison").waitFor();
    const expected = analyzeReadability(LETTER, { syllables: await nodeSyllableCounter() });
    await expect(page.getByTestId("score-comparison").textContent()).resolves.toMatch(
      new RegExp(
        `^Verständlichkeit: vorher ${expected.metrics.fleschAmstad.toLocaleString("de-DE").replace(",", ",")} \\(${expected.band}\\), nachher [\\d,]+ \\(\\p{L}[\\p{L} ]*\\)\\.$`,
        "u",
      ),
    );
  });

  test("when the analysis's code cannot load, the check and the scores say so, and the check works once the network is back", async () => {
    await page.context().close();
    ({ page, errors } = await openPane(browser, gateway.url, { failPaths: /^\/readability\.[0-9a-f]{8}\.js$/u }));
    const check = page.getByRole("button", { name: "Verständlichkeit prüfen" });
    await check.click();
    await page.getByText("Die Prüfung hat nicht geklappt.").waitFor();
    // The scores of a rewrite say so too, and the result itself is there.
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await page.getByRole("button", { name: "Starten" }).click();
    await expect(page.getByTestId("score-comparison").textContent()).resolves.toBe("Die Verständlichkeit lässt sich gerade nicht messen.");
    await page.getByTestId("result-text").filter({ hasText: "Sie müssen Geld zurückzahlen." }).waitFor();
    // A page route goes before the context's.
    await page.route(/\/readability\.[0-9a-f]{8}\.js$/u, (route) => route.continue());
    await check.click();
    await page.getByTestId("readability").getByRole("definition").first().waitFor();
  });
});
