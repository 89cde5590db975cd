import type { Browser, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe";
import { browserAvailable, openPane } from "../helpers/browser";
import type { RunningGateway } from "../helpers/gateway";
import { startPaneStack, stopPaneStack } from "../helpers/pane-stack";
import { textStream, type Script, type ScriptedBackend } from "../helpers/scripted-backend";

const run = browserAvailable() ? describe : describe.skip;

run("task pane in browser mode (headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let gateway: RunningGateway;
  let nextScript: Script;
  /** When set, decides each answer (for runs with several backend calls). */
  let backendScript: (() => Script) | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ browser, backend, gateway } = await startPaneStack(() => backendScript?.() ?? nextScript, {
      llm: { displayName: "Testmodell" },
      tasks: {
        agents: [
          {
            id: "bescheid-pruefen",
            label: { de: "Bescheid prüfen", en: "Check a decision" },
            description: { de: "Prüft einen Bescheid auf fehlende Angaben.", en: "Checks a decision for missing details." },
            systemPrompt: "Du prüfst Bescheide.",
            userTemplate: "Prüfe diesen Bescheid:\n{{text}}",
            output: "summary",
            allowInstruction: true,
          },
        ],
      },
    }));
  });

  afterAll(() => stopPaneStack({ browser, gateway, backend }));

  beforeEach(async () => {
    ({ page, errors } = await openPane(browser, gateway.url));
  });

  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const documentArea = () => page.getByRole("textbox", { name: /Beispielbrief/ });

  async function selectInDocument(passage: string): Promise<void> {
    await documentArea().evaluate((area: HTMLTextAreaElement, text) => {
      const start = area.value.indexOf(text);
      area.focus();
      area.setSelectionRange(start, start + text.length);
    }, passage);
  }

  /** Keeps every distinct text the result view shows, in order. */
  async function recordResultText(): Promise<void> {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector("[data-testid=result-text]")?.textContent ?? "";
        if (text !== seen.at(-1)) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  test("runs Einfache Sprache on a selection and replaces the passage", async () => {
    const passage = "Für Rückfragen stehe ich Ihnen montags bis donnerstags in der Zeit von 8:30 Uhr bis 12:00 Uhr zur Verfügung.";
    const pieces = ["Sie haben Fragen? ", "Rufen Sie uns an: ", "Montag bis Donnerstag, ", "8:30 Uhr bis 12:00 Uhr."];
    nextScript = textStream(pieces, { delayMs: 150 });

    await expect(page.getByTestId("source-line").textContent()).resolves.toMatch(/Keine Markierung/);
    await selectInDocument(passage);
    await page.getByTestId("source-line").filter({ hasText: "Markierung: 1 Absatz, 19 Wörter" }).waitFor();
    await expect(page.getByRole("combobox", { name: "Aufgabe" }).inputValue()).resolves.toBe("einfache-sprache");

    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe(pieces.join(""));
    await expect(page.getByTestId("live-region").textContent()).resolves.toBe("Der Text ist fertig.");

    // What reached the backend is exactly the selected passage, as delimited data.
    const sent = backend.requests.at(-1)!.body.messages[1].content as string;
    expect(sent).toContain(`<dokument>\n${passage}\n</dokument>`);
    expect(sent).not.toContain("Sehr geehrter Herr Albrecht");

    // Nothing changed in the document until the user chooses to insert.
    await expect(documentArea().inputValue()).resolves.toContain(passage);
    await page.getByRole("button", { name: "Ersetzen" }).click();
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    const after = await documentArea().inputValue();
    expect(after).toContain(pieces.join(""));
    expect(after).not.toContain(passage);
    expect(after).toContain("Sehr geehrter Herr Albrecht");
    // Browser mode writes plain text: it never fetched the HTML sanitiser that Word and Outlook need.
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
    expect(fetched.filter((name) => name.includes("/sanitize-html."))).toEqual([]);
  });

  test("inserts below without touching the original, and refuses to overwrite a changed original", async () => {
    nextScript = textStream(["Kurz gesagt: Sie müssen Geld zurückzahlen."]);
    const passage = "Eine Ratenzahlung kann auf Antrag";
    await selectInDocument(passage);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();

    // The clerk edits the original while the result waits: replacing is refused.
    await documentArea().evaluate((area: HTMLTextAreaElement) => {
      area.focus();
      area.setSelectionRange(0, 0);
    });
    await page.keyboard.type("X");
    await page.getByRole("button", { name: "Ersetzen" }).click();
    await page.getByText(/Der Originaltext hat sich inzwischen geändert/).waitFor();

    await page.getByRole("button", { name: "Darunter einfügen" }).click();
    await page.getByText("Der Text wurde darunter eingefügt.").waitFor();
    const text = await documentArea().inputValue();
    expect(text).toContain(passage);
    expect(text).toContain("Kurz gesagt: Sie müssen Geld zurückzahlen.");
  });

  test("Abbrechen stops the stream, keeps the text so far and closes the backend request", async () => {
    nextScript = textStream(
      Array.from({ length: 100 }, (_, i) => `Satz ${i}. `),
      { delayMs: 60 },
    );
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByTestId("result-text").filter({ hasText: "Satz 2." }).waitFor();
    await page.getByRole("button", { name: "Abbrechen" }).click();
    await page.getByText("Abgebrochen. Der Text bis hierher bleibt erhalten.").waitFor();
    const request = backend.requests.at(-1)!;
    await request.closed;
    expect(request.abortedByClient).toBe(true);
    await expect(page.getByTestId("result-text").textContent()).resolves.toMatch(/^Satz 0\. Satz 1\. Satz 2\./);
    await expect(page.getByRole("button", { name: "Kopieren" }).isVisible()).resolves.toBe(true);
  });

  test("a failing backend shows a plain-German error and the pane stays usable", async () => {
    nextScript = { kind: "json", status: 500, body: { error: { message: "internal" } } };
    await page.getByRole("button", { name: "Starten" }).click();
    await page
      .getByRole("alert")
      .getByText(/Das Sprachmodell hat einen Fehler gemeldet/)
      .waitFor();
    nextScript = textStream(["Zweiter Versuch."]);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe("Zweiter Versuch.");
    await page.screenshot({ path: "test-results/browser-mode-result.png", fullPage: true });
  });

  test("task options render from their declared types and reach the backend", async () => {
    nextScript = textStream(["Шановний пане Альбрехт"]);
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("uebersetzen");
    await page.getByRole("combobox", { name: "Zielsprache" }).selectOption("uk");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    expect(backend.requests.at(-1)!.body.messages[1].content).toContain("Zielsprache: Ukrainisch.");

    // Choices are remembered per task while the pane is open.
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("zusammenfassen");
    await page.getByRole("combobox", { name: "Länge" }).selectOption("kurz");
    await page.getByRole("textbox", { name: "Schwerpunkt (freiwillig)" }).fill("für die Amtsleitung");
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("uebersetzen");
    await expect(page.getByRole("combobox", { name: "Zielsprache" }).inputValue()).resolves.toBe("uk");
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("zusammenfassen");
    await expect(page.getByRole("combobox", { name: "Länge" }).inputValue()).resolves.toBe("kurz");
    nextScript = textStream(["- Rückforderung von 1.125,00 Euro"]);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    const user = backend.requests.at(-1)!.body.messages[1].content as string;
    expect(user).toContain("höchstens 3 Sätze");
    expect(user).toContain("«für die Amtsleitung»");
  });

  test("Leichte Sprache results carry the draft label and read a sentence per line, as they go in", async () => {
    nextScript = textStream(["Sie bekommen zu viel Wohn-Geld. Sie müssen Geld zurück-zahlen.\nRufen Sie uns an."]);
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("leichte-sprache");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Entwurf – bitte von Prüferinnen und Prüfern der Zielgruppe prüfen lassen").waitFor();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await expect(page.getByTestId("result-text").locator("p").allTextContents()).resolves.toEqual([
      "Sie bekommen zu viel Wohn-Geld.",
      "Sie müssen Geld zurück-zahlen.",
      "Rufen Sie uns an.",
    ]);
  });

  test("a changed deadline and a lost amount are shown in plain words", async () => {
    const passage = "sind bis spätestens zum 7. November 2025 bei der oben bezeichneten Stelle";
    nextScript = textStream(["Bitte schicken Sie uns die Nachweise ", "bis zum 14. November 2025."]);
    await selectInDocument(passage);
    await page.getByRole("button", { name: "Starten" }).click();
    const warnings = page.getByTestId("fact-warnings");
    await warnings.waitFor();
    await expect(warnings.textContent()).resolves.toContain("Die Frist 7. November 2025 steht im neuen Text als 14. November 2025.");
  });

  test("a long list of fact warnings shows its first five, and the rest on request", async () => {
    // The whole sample letter, and an answer that keeps none of its dates, amounts and numbers.
    nextScript = textStream(["Sie bekommen zu viel Geld."]);
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await page.getByRole("button", { name: "Starten" }).click();
    const warnings = page.getByTestId("fact-warnings");
    const more = warnings.getByRole("button", { name: /^Alle \d+ Hinweise zeigen$/u });
    await more.waitFor();
    await expect(warnings.getByRole("listitem").count()).resolves.toBe(5);
    const total = Number((await more.textContent())!.match(/\d+/u)![0]);
    expect(total).toBeGreaterThan(5);
    await more.press("Enter");
    await expect(warnings.getByRole("listitem").count()).resolves.toBe(total);
    const fewer = warnings.getByRole("button", { name: "Weniger zeigen" });
    await expect(fewer.getAttribute("aria-expanded")).resolves.toBe("true");
    await fewer.click();
    await expect(warnings.getByRole("listitem").count()).resolves.toBe(5);
  });

  test("an agent from the gateway config shows up in the pane and runs", async () => {
    nextScript = textStream(["Es fehlt die Rechtsbehelfsbelehrung."]);
    const picker = page.getByRole("combobox", { name: "Aufgabe" });
    await expect(picker.locator("optgroup[label=Assistenten] option").allTextContents()).resolves.toContain("Bescheid prüfen");
    await picker.selectOption("bescheid-pruefen");
    await page.getByText("Prüft einen Bescheid auf fehlende Angaben.").waitFor();
    // The admin allowed a free-form wish for this agent only.
    await page.getByRole("textbox", { name: "Eigener Wunsch (freiwillig)" }).fill("Achte auf die Fristen.");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    expect(backend.requests.at(-1)!.body.messages[1].content).toMatch(/^Prüfe diesen Bescheid:\n<dokument>/);
    expect(backend.requests.at(-1)!.body.messages[1].content).toContain("«Achte auf die Fristen.»");
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("einfache-sprache");
    await expect(page.getByRole("textbox", { name: "Eigener Wunsch (freiwillig)" }).count()).resolves.toBe(0);
  });

  test("Neu erzeugen runs the same task on the same passage again, whatever the form and the document show now", async () => {
    const first = "sind bis spätestens zum 7. November 2025 bei der oben bezeichneten Stelle";
    nextScript = textStream(["Erste Fassung."]);
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await selectInDocument(first);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    const sent = backend.requests.at(-1)!.body.messages;

    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("zusammenfassen");
    await selectInDocument("Kreisverwaltung Musterkreis");
    nextScript = textStream(["Zweite Fassung."]);
    await page.getByRole("button", { name: "Neu erzeugen" }).click();
    await page.getByTestId("result-text").filter({ hasText: "Zweite Fassung." }).waitFor();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    expect(backend.requests.at(-1)!.body.messages).toEqual(sent);
    // The first version stays at hand.
    await page.getByRole("button", { name: "Frühere Ergebnisse" }).click();
    await page.getByRole("listitem").filter({ hasText: "Erste Fassung." }).waitFor();
  });

  test("a rewrite streams in piece by piece while the pane says it is writing", async () => {
    const pieces = ["Guten Tag", ", Herr Albrecht.", " Bitte prüfen", " Sie den Bescheid", " bis zum 7. November 2025."];
    nextScript = textStream(pieces, { delayMs: 150 });
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await recordResultText();
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("wird geschrieben …").waitFor();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe(pieces.join(""));
    // The pane showed growing prefixes before the whole.
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const partials = seen.filter((text) => text.length > 0 && text.length < pieces.join("").length);
    expect(partials.length).toBeGreaterThanOrEqual(2);
    for (const [i, text] of seen.entries()) if (i > 0) expect(text.startsWith(seen[i - 1]!)).toBe(true);
  });

  test("a result in Markdown reads as it will be written: no marks in the text, the changes or the scores", async () => {
    nextScript = textStream([
      "### Ihr Antrag\n\nBitte schicken Sie uns **bis zum 7. November 2025**:\n\n",
      "- Ihre *Lohnabrechnung*\n- Ihren Mietvertrag\n\nDann prüfen wir Ihren Antrag.",
    ]);
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    const result = page.getByRole("region", { name: "Ergebnis von KoKI" });
    // The model's highest heading comes right under the result's own (h2).
    await result.getByRole("heading", { level: 3, name: "Ihr Antrag" }).waitFor();
    await expect(result.locator("strong").textContent()).resolves.toBe("bis zum 7. November 2025");
    await expect(result.locator("em").textContent()).resolves.toBe("Lohnabrechnung");
    await expect(result.getByRole("listitem").allTextContents()).resolves.toEqual(["Ihre Lohnabrechnung", "Ihren Mietvertrag"]);
    await expect(result.textContent()).resolves.not.toMatch(/[*#]/u);
    await page.getByTestId("score-comparison").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/browser-mode-formatted-result.png", fullPage: true });

    await page.getByRole("switch", { name: "Änderungen zeigen" }).check();
    const changes = page.getByTestId("diff-view");
    await changes.waitFor();
    await expect(changes.locator("ins").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining("Mietvertrag")]));
    await expect(changes.textContent()).resolves.not.toMatch(/[*#]/u);
  });

  test("a long result (over 50,000 characters) streams as it comes and reads formatted once finished", async () => {
    const pieces = Array.from({ length: 60 }, (_, i) => `Absatz ${i} mit **wichtigen** Angaben. ${"Weiterer Text. ".repeat(60)}\n\n`);
    nextScript = textStream(pieces, { delayMs: 10 });
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("zusammenfassen");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    const result = page.getByTestId("result-text");
    await expect(result.locator("strong").count()).resolves.toBe(60);
    await expect(result.textContent()).resolves.not.toContain("**");
  });

  test("a rewrite that is another text says so instead of a comparison, and the result stays", async () => {
    const other = Array.from({ length: 3000 }, (_, i) => `Wort${i}`).join(" ");
    nextScript = textStream([other]);
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await page.getByRole("switch", { name: "Änderungen zeigen" }).check();
    await page.getByText("Der neue Text ist an zu vielen Stellen anders.").waitFor();
    await expect(page.getByTestId("diff-view").count()).resolves.toBe(0);
    await page.getByRole("switch", { name: "Änderungen zeigen" }).uncheck();
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe(other);
  });

  test("a plain-language draft that needs a revision shows progress, then only the revised text", async () => {
    const long =
      "Im Rahmen der von Amts wegen durchzuführenden Überprüfung der Anspruchsvoraussetzungen wurde seitens der hiesigen Behörde festgestellt, dass Ihr Einkommen gestiegen ist und eine Mitteilung nicht erfolgt ist.";
    let calls = 0;
    backendScript = () =>
      ++calls === 1 ? textStream([long], { delayMs: 300 }) : textStream(["Ihr Einkommen ist gestiegen.", " Das haben Sie uns nicht gesagt."], { delayMs: 300 });
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("KoKI macht die Sätze kürzer …").waitFor();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe("Ihr Einkommen ist gestiegen. Das haben Sie uns nicht gesagt.");
    backendScript = undefined;
  });
});
