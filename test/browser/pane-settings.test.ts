import type { Browser } from "playwright-core";
import { axeViolations } from "../helpers/axe";
import { browserAvailable, openPane } from "../helpers/browser";
import type { RunningGateway } from "../helpers/gateway";
import { startPaneStack, stopPaneStack } from "../helpers/pane-stack";
import { textStream, type ScriptedBackend } from "../helpers/scripted-backend";

const run = browserAvailable() ? describe : describe.skip;

run("first run, settings, history and themes (headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let gateway: RunningGateway;
  let answer = 0;
  /** When set, the backend's answers instead of "Antwort Nummer n." */
  let markdownAnswers: string[] = [];

  beforeAll(async () => {
    ({ browser, backend, gateway } = await startPaneStack(() => textStream([markdownAnswers.shift() ?? `Antwort Nummer ${++answer}.`]), {
      llm: { displayName: "Sprachmodell der Stadt" },
      plainLanguage: { maxRevisions: 0 },
    }));
  });

  afterAll(() => stopPaneStack({ browser, gateway, backend }));

  test("the privacy notice names the backend and is acknowledged once; settings persist; results stay in the history", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url);
    const notice = page.getByTestId("privacy-notice");
    await expect(notice.textContent()).resolves.toContain("Sprachmodell der Stadt");
    await page.getByRole("button", { name: "Verstanden" }).click();
    await expect(notice.count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Einstellungen" }).click();
    await page.getByRole("combobox", { name: "Ergebnis standardmäßig" }).selectOption("insertBelow");
    // Persisted without any text: reload, and the notice stays acknowledged, the choice stays.
    await page.reload();
    await page.getByRole("button", { name: "Starten" }).waitFor();
    await expect(page.getByTestId("privacy-notice").count()).resolves.toBe(0);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain("insertBelow");
    expect(stored).not.toMatch(/Sehr geehrter|Antwort Nummer|Bearer/u);

    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    // The preferred mode is the first, primary button.
    await expect(page.getByRole("group", { name: "Ergebnis verwenden" }).getByRole("button").first().textContent()).resolves.toBe("Darunter einfügen");
    await page.getByRole("button", { name: "Starten" }).click();
    await page
      .getByTestId("result-text")
      .filter({ hasText: /Antwort Nummer \d+\./u })
      .waitFor();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await page.getByRole("button", { name: "Frühere Ergebnisse" }).click();
    await expect(page.getByText(/Antwort Nummer \d+\./u).count()).resolves.toBe(2);

    await page.getByRole("button", { name: "Einstellungen" }).click();
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("button", { name: "Start", exact: true }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  test("the last task and its choices come back at the next start; free text does not, and a choice the admin removed falls back", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url);
    const picker = page.getByRole("combobox", { name: "Aufgabe" });
    const language = page.getByRole("combobox", { name: "Zielsprache" });
    const stored = () => page.evaluate(() => localStorage.getItem("koki.settings") ?? "");
    await picker.selectOption("zusammenfassen");
    await page.getByRole("combobox", { name: "Länge" }).selectOption("kurz");
    await page.getByRole("textbox", { name: "Schwerpunkt (freiwillig)" }).fill("Herr Albrecht, Wohngeld");
    await picker.selectOption("uebersetzen");
    await language.selectOption("uk");

    await page.reload();
    await page.getByRole("button", { name: "Starten" }).waitFor();
    await expect(picker.inputValue()).resolves.toBe("uebersetzen");
    await expect(language.inputValue()).resolves.toBe("uk");
    await picker.selectOption("zusammenfassen");
    await expect(page.getByRole("combobox", { name: "Länge" }).inputValue()).resolves.toBe("kurz");
    await expect(page.getByRole("textbox", { name: "Schwerpunkt (freiwillig)" }).inputValue()).resolves.toBe("");
    await expect(stored()).resolves.not.toContain("Albrecht");

    // The admin has since dropped Ukrainian: the task's default takes its place.
    await picker.selectOption("uebersetzen");
    await page.evaluate(() => localStorage.setItem("koki.settings", localStorage.getItem("koki.settings")!.replace('"uk"', '"tlh"')));
    await page.reload();
    await page.getByRole("button", { name: "Starten" }).waitFor();
    await expect(picker.inputValue()).resolves.toBe("uebersetzen");
    await expect(language.inputValue()).resolves.toBe("en");
    expect(errors).toEqual([]);
    await close();
  });

  test("a result, now or in the history, reads and copies without Markdown marks (plain text and HTML), and copying says so", async () => {
    markdownAnswers = ["## Ihr Antrag\n\nBitte bringen Sie **Ihren Ausweis** mit.", "Zweite Antwort."];
    const { page, errors, close } = await openPane(browser, gateway.url);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: gateway.url });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const plain = "Ihr Antrag\nBitte bringen Sie Ihren Ausweis mit.";
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await page.getByRole("button", { name: "Kopieren" }).click();
    await page.getByRole("status").filter({ hasText: "Der Text ist in der Zwischenablage." }).waitFor();
    await expect(clipboard()).resolves.toBe(plain);
    // With an HTML version, so that Word or Outlook keep the heading and the bold when it is pasted there.
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item!.types.includes("text/html") ? (await item!.getType("text/html")).text() : "";
    });
    expect(html).toContain("<h2>Ihr Antrag</h2>");
    expect(html).toContain("<strong>Ihren Ausweis</strong>");

    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByTestId("result-text").filter({ hasText: "Zweite Antwort." }).waitFor();
    await page.getByRole("button", { name: "Frühere Ergebnisse" }).click();
    const earlier = page.getByRole("listitem").filter({ hasText: "Ihr Antrag" });
    // The entry reads as the result did, without Markdown marks.
    await expect(earlier.textContent()).resolves.not.toMatch(/[*#]/u);
    await earlier.getByRole("button", { name: "Kopieren" }).click();
    await page.getByRole("status").filter({ hasText: "Der Text ist in der Zwischenablage." }).waitFor();
    await expect(clipboard()).resolves.toBe(plain);
    expect(errors).toEqual([]);
    await close();
  });

  test("dark theme: no axe violations", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url, { colorScheme: "dark" });
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    const background = await page
      .locator(".fui-FluentProvider")
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/dark-result.png", fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  test("Windows high contrast: the contrast theme, no axe violations", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url, { forcedColors: "active" });
    // Fluent's high-contrast theme (black ground) replaces the light theme's variables.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--colorNeutralBackground1").trim())).toBe("#000000");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/high-contrast-result.png", fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});
