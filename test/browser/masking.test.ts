import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { maskText } from "../../src/core/privacy";
import { browserAvailable, openPane } from "../helpers/browser";
import type { RunningGateway } from "../helpers/gateway";
import { startPaneStack, stopPaneStack } from "../helpers/pane-stack";
import { textStream, type ScriptedBackend } from "../helpers/scripted-backend";

const run = browserAvailable() ? describe : describe.skip;
const LETTER = readFileSync(join(__dirname, "..", "..", "..", "shared", "samples", "anhoerung-wohngeld.txt"), "utf8");

run("personal data masked before sending (headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let gateway: RunningGateway;
  const masked = maskText(LETTER);
  const placeholder = (value: string) => [...masked.values].find(([, v]) => v === value)![0];

  beforeAll(async () => {
    // The model answers with the placeholders it was given, as a real one would.
    const answer = () =>
      textStream([
        `Sehr geehrter Herr ${placeholder("Albrecht")},\n\n`,
        `Sie wohnen in der ${placeholder("Lindenstraße 17")} in ${placeholder("41460 Neuss")}. `,
        `Bitte zahlen Sie auf das Konto ${placeholder("DE89 3704 0044 0532 0130 00").slice(0, 4)}`,
        `${placeholder("DE89 3704 0044 0532 0130 00").slice(4)}.`,
      ]);
    ({ browser, backend, gateway } = await startPaneStack(answer, { plainLanguage: { maxRevisions: 0 }, privacy: { masking: "on" } }));
  });

  afterAll(() => stopPaneStack({ browser, gateway, backend }));

  test("the backend never sees the names, the address or the IBAN; the inserted result has them again", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url);
    const document = page.getByRole("textbox", { name: /Beispielbrief/u });
    await document.fill(LETTER);
    await expect(page.getByRole("checkbox", { name: "Personenbezogene Daten vor dem Senden ersetzen" }).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();

    const sent = JSON.stringify(backend.requests.at(-1)!.body.messages);
    for (const secret of ["Albrecht", "Jens", "Öztürk", "Lindenstraße", "41460", "DE89", "0532 0130", "928-5512"]) expect(sent).not.toContain(secret);
    expect(sent).toContain("[PERSON_");
    expect(sent).toContain("[IBAN_1]");
    // What the law and the deadline need stays.
    expect(sent).toContain("§ 28");
    expect(sent).toContain("7. November 2025");

    await expect(page.getByTestId("masking-summary").textContent()).resolves.toMatch(/^Vor dem Senden ersetzt: .*Name.*IBAN/u);
    await expect(page.getByTestId("result-text").textContent()).resolves.toContain("Sehr geehrter Herr Albrecht,");
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    const after = await document.inputValue();
    expect(after).toContain("Sehr geehrter Herr Albrecht,");
    expect(after).toContain("Lindenstraße 17 in 41460 Neuss");
    expect(after).toContain("DE89 3704 0044 0532 0130 00");
    expect(after).not.toMatch(/\[(PERSON|IBAN|ADRESSE)_/u);
    expect(errors).toEqual([]);
    await close();
  });

  test("if the detectors cannot load, nothing is sent, the clerk is told why, and it works once they load", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url, { failPaths: /^\/privacy\.[0-9a-f]{8}\.js$/u });
    await page.getByRole("textbox", { name: /Beispielbrief/u }).fill(LETTER);
    const before = backend.requests.length;
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByRole("alert").filter({ hasText: "Darum hat KoKI nichts gesendet." }).waitFor();
    expect(backend.requests.length).toBe(before);
    // The network is back (a page route goes before the context's): the next start masks and sends.
    await page.route(/\/privacy\.[0-9a-f]{8}\.js$/u, (route) => route.continue());
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    expect(JSON.stringify(backend.requests.at(-1)!.body.messages)).not.toContain("Albrecht");
    await expect(page.getByText("Darum hat KoKI nichts gesendet.").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test("the issue's leaks stay in the pane: a name after a role label, a street of two words, a place of birth; a name no detector placed is named", async () => {
    const { page, errors, close } = await openPane(browser, gateway.url);
    const letter = [
      "Antragsteller: Mehmet Aydın, geboren am 12.03.1978 in Ankara",
      "Anschrift: Kölner Straße 88, 50667 Köln",
      "Vertreten durch Rechtsanwältin Dr. Julia Kramer, z. Hd. Frau Brigitte Sommerfeld",
      "Sehr geehrte Frau MÜLLER,",
      "bitte zahlen Sie 312,00 Euro nach § 50 SGB X bis zum 7. November 2025.",
    ].join("\n");
    await page.getByRole("textbox", { name: /Beispielbrief/u }).fill(letter);
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
    const sent = JSON.stringify(backend.requests.at(-1)!.body.messages);
    for (const secret of ["Mehmet", "Aydın", "12.03.1978", "Ankara", "Kölner Straße", "50667", "Kramer", "Sommerfeld"]) expect(sent).not.toContain(secret);
    for (const fact of ["312,00 Euro", "§ 50 SGB X", "7. November 2025"]) expect(sent).toContain(fact);
    await expect(page.getByTestId("masking-doubtful").textContent()).resolves.toContain("„MÜLLER“");
    expect(errors).toEqual([]);
    await close();
  });
});
