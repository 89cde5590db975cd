import type { Browser, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe";
import { browserAvailable, openPane } from "../helpers/browser";
import type { RunningGateway } from "../helpers/gateway";
import { startPaneStack, stopPaneStack } from "../helpers/pane-stack";
import { textStream, type ScriptedBackend } from "../helpers/scripted-backend";

const run = browserAvailable() ? describe : describe.skip;

/** Presses Tab until the element matching `name` has focus. */
async function tabTo(page: Page, role: "button" | "combobox" | "switch" | "textbox", name: string | RegExp): Promise<void> {
  const target = page.getByRole(role, { name });
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${role} ${String(name)} by Tab`);
}

run("keyboard only (headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let gateway: RunningGateway;

  beforeAll(async () => {
    ({ browser, backend, gateway } = await startPaneStack(() => textStream(["Bitte zahlen Sie ", "bis zum 7. November 2025."]), {
      plainLanguage: { maxRevisions: 0 },
    }));
  });

  afterAll(() => stopPaneStack({ browser, gateway, backend }));

  test("select a task, run it, read the changes and the scores, insert the result: no mouse, no axe violations", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url);
    const document = page.getByRole("textbox", { name: /Beispielbrief/u });
    await document.fill("Eine Überweisung des Erstattungsbetrages ist bis zum 7. November 2025 vorzunehmen.");

    await tabTo(page, "combobox", "Aufgabe");
    await page.keyboard.press("ArrowDown"); // Leichte Sprache
    await page.keyboard.press("ArrowUp"); // back to Einfache Sprache
    await expect(page.getByRole("combobox", { name: "Aufgabe" }).inputValue()).resolves.toBe("einfache-sprache");
    await tabTo(page, "button", "Starten");
    await page.keyboard.press("Enter");
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await expect(page.getByTestId("live-region").textContent()).resolves.toBe("Der Text ist fertig.");

    await tabTo(page, "switch", "Änderungen zeigen");
    await page.keyboard.press("Space");
    const diff = page.getByTestId("diff-view");
    await diff.waitFor();
    await expect(diff.locator("del").count()).resolves.toBeGreaterThan(0);
    await expect(diff.locator("ins").count()).resolves.toBeGreaterThan(0);
    await expect(diff.textContent()).resolves.toContain("7. November 2025");
    await expect(page.getByText(/^Verständlichkeit: vorher .*, nachher /u).count()).resolves.toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/keyboard-diff.png", fullPage: true });

    await tabTo(page, "button", "Ersetzen");
    await page.keyboard.press("Enter");
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    await expect(document.inputValue()).resolves.toBe("Bitte zahlen Sie bis zum 7. November 2025.");
    expect(errors).toEqual([]);
    await close();
  });
});
