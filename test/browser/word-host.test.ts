import type { Browser, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe";
import { browserAvailable, openWithFakeHost } from "../helpers/browser";
import { bundleFake } from "../helpers/bundle-fake";
import type { RunningGateway } from "../helpers/gateway";
import { startPaneStack, stopPaneStack } from "../helpers/pane-stack";
import { textStream, type Script, type ScriptedBackend } from "../helpers/scripted-backend";
import type { WordSetup } from "../fakes/word-fake-browser";
import type { FakeWordDocument } from "../fakes/word-fake";

const run = browserAvailable() ? describe : describe.skip;

/** A heading, a bulleted list item and a body paragraph in the letter's own style. */
const LETTER: WordSetup["paragraphs"] = [
  { text: "Stadt Musterstadt – Bürgeramt", style: "KoKI Briefkopf" },
  { text: "Ihr Antrag auf Gewährung von Wohngeld", styleBuiltIn: "Heading1" },
  { text: "Vorlage des Personalausweises im Original", list: { id: 7, level: 0 } },
  { text: "Die Bearbeitung Ihres Antrags erfolgt nach Eingang sämtlicher Unterlagen.", style: "KoKI Brieftext" },
  { text: "Mit freundlichen Grüßen", style: "KoKI Brieftext" },
];

const FN = "\u0002";
const WIDERSPRUCH = "Gegen diesen Bescheid ist der Widerspruch zulässig. Er ist binnen eines Monats einzulegen.";

/** A decision with a footnote, and the file number as a field from the document-management template. */
const DECISION: WordSetup["paragraphs"] = [
  { text: "Bescheid über Wohngeld", styleBuiltIn: "Heading1" },
  { text: WIDERSPRUCH, style: "KoKI Brieftext", objects: [{ kind: "footnote", after: "zulässig.", text: "§ 68 VwGO" }] },
  { text: "Unser Zeichen: 50.1-123/25", style: "KoKI Brieftext", objects: [{ kind: "field", on: "50.1-123/25", code: "DOCPROPERTY Aktenzeichen" }] },
  { text: "Mit freundlichen Grüßen", style: "KoKI Brieftext" },
];

const RESULT = ["# Ihr Antrag auf ", "Wohngeld\n\n- Bringen Sie Ihren **Ausweis** mit.", "\n\nWir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind."];

type FakeHandle = { doc: FakeWordDocument };

run("task pane in Word (fake Word host in headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let gateway: RunningGateway;
  let script: string;
  let nextScript: Script;
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, backend, gateway } = await startPaneStack(() => nextScript, {
      llm: { displayName: "Testmodell" },
      plainLanguage: { maxRevisions: 0 },
      // The sample letter has 26 words: sending all of it needs a confirmation.
      limits: { confirmDocumentWords: 25 },
    }));
    script = await bundleFake("word-fake-browser");
  });

  afterAll(() => stopPaneStack({ browser, gateway, backend }));

  afterEach(async () => {
    expect(errors).toEqual([]);
    await close();
  });

  async function openWord(setup: WordSetup, failPaths?: RegExp): Promise<void> {
    ({ page, errors, close } = await openWithFakeHost(browser, gateway.url, { script, global: "__KOKI_WORD_SETUP__", setup, failPaths }));
    await page.getByTestId("source-line").filter({ hasText: "Markierung" }).waitFor();
    await page.getByRole("button", { name: "Starten" }).waitFor();
  }

  const fakeDoc = <T>(read: (doc: FakeWordDocument) => T) => page.evaluate(`(${read.toString()})(window.__wordFake.doc)`) as Promise<T>;

  async function runEinfacheSprache(): Promise<void> {
    nextScript = textStream(RESULT, { delayMs: 40 });
    await expect(page.getByRole("combobox", { name: "Aufgabe" }).inputValue()).resolves.toBe("einfache-sprache");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
  }

  test("Einfache Sprache on heading, list and body replaces paragraph by paragraph, keeping styles and the list, in two syncs", async () => {
    await openWord({ paragraphs: LETTER, select: [1, 3] });
    await expect(page.getByTestId("source-line").textContent()).resolves.toBe("Markierung: 3 Absätze, 20 Wörter");
    await expect(page.getByTestId("source-notices").textContent()).resolves.toContain("nur eine zusammenhängende Markierung");
    await runEinfacheSprache();
    const sent = backend.requests.at(-1)!.body.messages[1].content as string;
    expect(sent).toContain("Ihr Antrag auf Gewährung von Wohngeld");
    expect(sent).not.toContain("Bürgeramt");

    // Nothing has changed yet; the buttons offer every Word mode.
    await expect(fakeDoc((doc) => doc.paragraphs)).resolves.toEqual(LETTER.map((p) => p.text));
    for (const name of ["Ersetzen", "Ersetzen mit Änderungs-Verfolgung", "Darunter einfügen", "Als Kommentar", "Kopieren"]) {
      await expect(page.getByRole("button", { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/word-result.png", fullPage: true });

    const syncsBefore = await fakeDoc((doc) => doc.syncCount);
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    await expect(fakeDoc((doc) => doc.syncCount)).resolves.toBe(syncsBefore + 2);
    const paragraphs = await fakeDoc((doc) => doc.describe());
    expect(paragraphs.slice(1, 4)).toEqual([
      { text: "Ihr Antrag auf Wohngeld", style: "Heading1", bold: [], italic: [], size: 11 },
      { text: "Bringen Sie Ihren Ausweis mit.", style: "ListParagraph", list: { id: 7, level: 0, ordered: false }, bold: ["Ausweis"], italic: [], size: 11 },
      { text: "Wir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind.", style: "KoKI Brieftext", bold: [], italic: [], size: 11 },
    ]);
    expect(paragraphs[0]!.text).toBe(LETTER[0]!.text);
    expect(paragraphs[4]!.text).toBe(LETTER[4]!.text);
  });

  test("with tracked changes: the changes are tracked and the clerk's own tracking mode comes back", async () => {
    await openWord({ paragraphs: LETTER, select: [1, 3], trackingMode: "TrackMineOnly" });
    await runEinfacheSprache();
    const syncsBefore = await fakeDoc((doc) => doc.syncCount);
    await page.getByRole("button", { name: "Ersetzen mit Änderungs-Verfolgung" }).click();
    await page.getByText("Der Text wurde ersetzt. Word zeigt jede Änderung an.").waitFor();
    await expect(fakeDoc((doc) => doc.syncCount)).resolves.toBe(syncsBefore + 2);
    await expect(fakeDoc((doc) => doc.changeTrackingMode)).resolves.toBe("TrackMineOnly");
    const revisions = await fakeDoc((doc) => doc.revisions);
    expect(revisions).toContainEqual({ type: "Deleted", text: "Vorlage des Personalausweises im Original" });
    expect(revisions).toContainEqual({ type: "Added", text: "Bringen Sie Ihren " });
    const paragraphs = await fakeDoc((doc) => doc.describe());
    expect(paragraphs[2]).toMatchObject({ text: "Bringen Sie Ihren Ausweis mit.", list: { id: 7, level: 0 } });
  });

  test("the result stays in the pane when the clerk changed the original, and can go below instead", async () => {
    await openWord({ paragraphs: LETTER, select: [3, 3] });
    nextScript = textStream(["Wir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind."]);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    // The clerk types into the original while the result waits.
    await page.evaluate(() => {
      const { doc } = (window as unknown as { __wordFake: FakeHandle }).__wordFake;
      doc.type(doc.text.indexOf("Bearbeitung"), "zügige ");
    });
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText(/Der Originaltext hat sich inzwischen geändert/).waitFor();
    await page.getByRole("button", { name: "Darunter einfügen" }).click();
    await page.getByText("Der Text wurde darunter eingefügt.").waitFor();
    const paragraphs = await fakeDoc((doc) => doc.paragraphs);
    expect(paragraphs[3]).toContain("zügige");
    expect(paragraphs[4]).toBe("Wir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind.");
  });

  test("when the code for writing cannot load (network gone), inserting fails plainly, the letter stays, and copying says what to do", async () => {
    // The HTML sanitiser (prefetched at start) and the Markdown parser (loaded with the first result) never arrive.
    await openWord({ paragraphs: LETTER, select: [1, 3] }, /^\/(sanitize-html|markdown)\.[0-9a-f]{8}\.js$/u);
    await runEinfacheSprache();
    const before = await fakeDoc((doc) => doc.describe());
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText("Das Einfügen hat nicht geklappt. Ihr Dokument ist unverändert. Das Ergebnis bleibt hier erhalten.").waitFor();
    await expect(fakeDoc((doc) => doc.describe())).resolves.toEqual(before);
    await expect(page.getByTestId("result-text").textContent()).resolves.toBe(RESULT.join(""));
    await page.getByRole("button", { name: "Kopieren" }).click();
    await page.getByText("Kopieren ging nicht. Bitte markieren Sie den Text und drücken Sie Strg+C.").waitFor();
  });

  test("Word 2016 (WordApi 1.1): no tracked changes offered, and new structure goes in as sanitised HTML", async () => {
    await openWord({ paragraphs: LETTER, select: [3, 4], api: 1 });
    nextScript = textStream(['## Was jetzt?\n\n- Sie schicken uns alles.\n- Wir prüfen es.\n\n<script>alert(1)</script><img src=x onerror="alert(2)">Danke.']);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    await expect(page.getByRole("button", { name: "Ersetzen mit Änderungs-Verfolgung" }).count()).resolves.toBe(0);
    await page.getByText("Ersetzen mit Änderungs-Verfolgung und Kommentare gehen erst ab Word 2019.").waitFor();
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    const html = await fakeDoc((doc) => doc.htmlWrites);
    expect(html).toEqual(["<h2>Was jetzt?</h2><ul><li>Sie schicken uns alles.</li><li>Wir prüfen es.</li></ul><p>Danke.</p>"]);
    const text = await fakeDoc((doc) => doc.text);
    expect(text).not.toMatch(/script|onerror|alert|<|#|\*\*/u);
  });

  test("a footnote survives Ersetzen: only the text around it is rewritten, and the source line names it", async () => {
    await openWord({ paragraphs: DECISION, select: [1, 1] });
    await expect(page.getByTestId("source-notices").textContent()).resolves.toContain(
      "Die Markierung enthält 1 Fußnote. KoKI lässt sie beim Ersetzen stehen. Wo das nicht sicher geht, ersetzt KoKI nichts.",
    );
    nextScript = textStream(["Sie können Widerspruch einlegen, er ist zulässig. ", "Dafür haben Sie einen Monat Zeit."]);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    // Word's placeholder for the note's mark is not text: it is not sent.
    expect(backend.requests.at(-1)!.body.messages[1].content).not.toContain(FN);
    const syncsBefore = await fakeDoc((doc) => doc.syncCount);
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    await expect(fakeDoc((doc) => doc.syncCount)).resolves.toBe(syncsBefore + 2);
    await expect(fakeDoc((doc) => doc.paragraphs[1])).resolves.toBe(`Sie können Widerspruch einlegen, er ist zulässig.${FN} Dafür haben Sie einen Monat Zeit.`);
    await expect(fakeDoc((doc) => doc.objectsIn(1))).resolves.toEqual([{ kind: "footnote", text: FN, detail: "§ 68 VwGO" }]);
  });

  test("where a field would be lost, Ersetzen changes nothing, says which paragraph holds what, and Darunter einfügen keeps it", async () => {
    await openWord({ paragraphs: DECISION, select: [1, 2] });
    await expect(page.getByTestId("source-notices").textContent()).resolves.toContain("Die Markierung enthält 1 Feld und 1 Fußnote.");
    nextScript = textStream(["Sie können Widerspruch einlegen, er ist zulässig. Dafür haben Sie einen Monat Zeit.\n\nIhr Aktenzeichen ist 50.1-123/25."]);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    const before = await fakeDoc((doc) => ({ text: doc.text, objects: [doc.objectsIn(1), doc.objectsIn(2)] }));
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "KoKI hat nichts ersetzt." });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toBe(
      "KoKI hat nichts ersetzt. Sonst ginge etwas verloren. In Absatz 2 der Markierung: 1 Feld. Fügen Sie das Ergebnis darunter ein oder als Kommentar.",
    );
    await expect(fakeDoc((doc) => ({ text: doc.text, objects: [doc.objectsIn(1), doc.objectsIn(2)] }))).resolves.toEqual(before);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Darunter einfügen" }).click();
    await page.getByText("Der Text wurde darunter eingefügt.").waitFor();
    const paragraphs = await fakeDoc((doc) => doc.paragraphs);
    expect(paragraphs.slice(3, 5)).toEqual([
      "Sie können Widerspruch einlegen, er ist zulässig. Dafür haben Sie einen Monat Zeit.",
      "Ihr Aktenzeichen ist 50.1-123/25.",
    ]);
    await expect(fakeDoc((doc) => doc.objectsIn(2))).resolves.toEqual([{ kind: "field", text: "50.1-123/25", detail: "DOCPROPERTY Aktenzeichen" }]);
  });

  test("without a selection, a large document is sent only after the clerk confirms", async () => {
    await openWord({ paragraphs: LETTER });
    await expect(page.getByTestId("source-line").textContent()).resolves.toBe("Keine Markierung. KoKI nimmt das ganze Dokument: 5 Absätze, 26 Wörter");
    const requestsBefore = backend.requests.length;
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Sie haben nichts markiert. KoKI würde das ganze Dokument senden: 26 Wörter. Möchten Sie das?").waitFor();
    await page.getByRole("button", { name: "Nein, zurück" }).click();
    await expect(page.getByTestId("confirm-document").count()).resolves.toBe(0);
    expect(backend.requests.length).toBe(requestsBefore);

    nextScript = textStream(["Kurz: Wir brauchen Ihren Ausweis."]);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByRole("button", { name: "Ja, ganzes Dokument senden" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    expect(backend.requests.length).toBe(requestsBefore + 1);
    expect(backend.requests.at(-1)!.body.messages[1].content).toContain("Stadt Musterstadt – Bürgeramt");
  });
});
