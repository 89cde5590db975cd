import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "../helpers/axe";
import { browserAvailable, openWithFakeHost } from "../helpers/browser";
import { bundleFake } from "../helpers/bundle-fake";
import { emailAsHtml } from "../helpers/email-html";
import { preloadedScripts } from "../helpers/initial-scripts";
import type { RunningGateway } from "../helpers/gateway";
import { startPaneStack, stopPaneStack } from "../helpers/pane-stack";
import { textStream, type Script, type ScriptedBackend } from "../helpers/scripted-backend";
import type { FakeMailbox, MessageSpec } from "../fakes/outlook-fake";

const run = browserAvailable() ? describe : describe.skip;
const SAMPLES = join(__dirname, "..", "..", "..", "shared", "samples");
const sample = (name: string) => readFileSync(join(SAMPLES, name), "utf8");

const SIGNATURE = '<div id="Signature"><p>Mit freundlichen Grüßen<br>Bürgerbüro Musterstadt<br>Telefon 0123 456-0</p></div>';
const HISTORY =
  '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Von:</b> Martina Kowalski<br><b>Gesendet:</b> Montag, 17. November 2025</div><p>Guten Tag, ich bin umgezogen.</p>';

run("task pane in Outlook (fake mailbox in headless Chromium)", () => {
  let browser: Browser;
  let backend: ScriptedBackend;
  let gateway: RunningGateway;
  let script: string;
  let nextScript: Script;
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, backend, gateway } = await startPaneStack(() => nextScript, { llm: { displayName: "Testmodell" }, plainLanguage: { maxRevisions: 0 } }));
    script = await bundleFake("outlook-fake-browser");
  });

  afterAll(() => stopPaneStack({ browser, gateway, backend }));

  afterEach(async () => {
    expect(errors).toEqual([]);
    await close();
  });

  async function openOutlook(spec: MessageSpec): Promise<void> {
    ({ page, errors, close } = await openWithFakeHost(browser, gateway.url, { script, global: "__KOKI_OUTLOOK_SETUP__", setup: spec }));
    await page.getByRole("button", { name: "Starten" }).waitFor();
  }

  const mailbox = <T>(read: (box: FakeMailbox) => T) => page.evaluate(`(${read.toString()})(window.__outlookFake)`) as Promise<T>;

  async function finish(): Promise<void> {
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByText("Fertig. Bitte prüfen Sie den Text").waitFor();
  }

  test("summarises only the latest message of an internal thread", async () => {
    await openOutlook({ mode: "read", subject: "AW: AW: Umstellung Terminbuchung Kfz-Zulassung", body: emailAsHtml(sample("email-thread-intern.txt")) });
    await page.getByTestId("source-line").filter({ hasText: "E-Mail, nur die letzte Nachricht" }).waitFor();
    // Read mode offers summaries, key points, translation and replies, nothing that rewrites.
    const offered = await page.getByRole("combobox", { name: "Aufgabe" }).locator("option").allTextContents();
    expect(offered.join("|")).toMatch(/Zusammenfassen/u);
    expect(offered.join("|")).toMatch(/Antwort entwerfen/u);
    expect(offered.join("|")).not.toMatch(/Einfache Sprache/u);
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("zusammenfassen");
    expect(await axeViolations(page)).toEqual([]);

    nextScript = textStream(["Go-live verschiebt sich auf den 12. Januar 2026."]);
    await finish();
    const sent = backend.requests.at(-1)!.body.messages.at(-1).content as string;
    expect(sent).toContain("12. Januar 2026");
    expect(sent).toContain("28. November");
    expect(sent).toContain("5. Dezember");
    expect(sent).not.toMatch(/Redaktionsschluss|Bitte meldet mir bis Mittwoch|Ursprüngliche Nachricht/u);
    // Summaries in read mode are copied, not written anywhere.
    await expect(page.getByRole("button", { name: "Antworten" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Kopieren" }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: "test-results/outlook-summary.png", fullPage: true });

    await page.getByRole("radio", { name: "Den ganzen Verlauf" }).check();
    await page.getByTestId("source-line").filter({ hasText: "E-Mail, ganzer Verlauf" }).waitFor();
  });

  test("drafts a reply to a citizen's email and opens Outlook's reply form with sanitised HTML", async () => {
    await openOutlook({ mode: "read", subject: "Anwohnerparkausweis – Umzug innerhalb der Zone B", body: emailAsHtml(sample("email-buergeranfrage.txt")) });
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("antwort-entwerfen");
    await page.getByRole("textbox", { name: /Stichpunkte/u }).fill("kein neuer Ausweis nötig, Adresse online ändern");
    nextScript = textStream([
      "Sehr geehrte Frau Kowalski,\n\nSie brauchen **keinen** neuen Ausweis.\n\n- Ändern Sie die Adresse online.\n- Das kostet nichts.\n\n",
      '<script>alert(1)</script><img src=x onerror="alert(2)">Mit freundlichen Grüßen\n[Name]',
    ]);
    await finish();
    expect(backend.requests.at(-1)!.body.messages.at(-1).content).toContain("kein neuer Ausweis nötig");
    await page.getByRole("button", { name: "Antworten", exact: true }).click();
    await page.getByText("Outlook hat die Antwort geöffnet.", { exact: false }).waitFor();
    const forms = await mailbox((box) => box.replyForms);
    expect(forms).toEqual([
      {
        html: "<p>Sehr geehrte Frau Kowalski,</p><p>Sie brauchen <strong>keinen</strong> neuen Ausweis.</p><ul><li>Ändern Sie die Adresse online.</li><li>Das kostet nichts.</li></ul><p>Mit freundlichen Grüßen</p><p>[Name]</p>",
        all: false,
      },
    ]);
  });

  test("a reply over 32 KB is refused with a clear message, and copying stays possible", async () => {
    await openOutlook({ mode: "read", body: emailAsHtml(sample("email-buergeranfrage.txt")) });
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("antwort-entwerfen");
    nextScript = textStream(Array.from({ length: 700 }, (_, i) => `Absatz ${i} mit etwas Text, damit die Antwort sehr lang wird.\n\n`));
    await finish();
    await page.getByRole("button", { name: "Allen antworten" }).click();
    await page.getByText("Die Antwort ist länger als 32 KB.", { exact: false }).waitFor();
    await expect(mailbox((box) => box.replyForms.length)).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Kopieren" }).isEnabled()).resolves.toBe(true);
  });

  test("compose: rewrites the selection in an HTML body and leaves signature and history untouched", async () => {
    const own = "<p>Sehr geehrte Frau Kowalski,</p><p>hinsichtlich Ihres Anliegens teilen wir Ihnen mit, dass eine Neuausstellung nicht erforderlich ist.</p>";
    const body = `<html><body>${own}${SIGNATURE}${HISTORY}</body></html>`;
    await openOutlook({
      mode: "compose",
      body,
      selection: "hinsichtlich Ihres Anliegens teilen wir Ihnen mit, dass eine Neuausstellung nicht erforderlich ist.",
    });
    await page.getByTestId("source-line").filter({ hasText: "Markierung: 1 Absatz" }).waitFor();
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    nextScript = textStream(["Sie brauchen **keinen** neuen Ausweis."]);
    await finish();
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    const content = await mailbox((box) => box.item!.content);
    expect(content).toBe(
      `<html><body><p>Sehr geehrte Frau Kowalski,</p><p>Sie brauchen <strong>keinen</strong> neuen Ausweis.</p>${SIGNATURE}${HISTORY}</body></html>`,
    );
    expect(content).not.toMatch(/style=/u);
  });

  test("compose without a selection: the own text is rewritten, signature and history stay byte for byte", async () => {
    const body = `<html><body><p>Hallo Frau Kowalski,</p><p>anbei übersenden wir Ihnen die Unterlagen.</p>${SIGNATURE}${HISTORY}</body></html>`;
    await openOutlook({ mode: "compose", body });
    await page.getByTestId("source-line").filter({ hasText: "ohne Signatur und Verlauf" }).waitFor();
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("buergernah");
    nextScript = textStream(["Hallo Frau Kowalski,\n\nhier sind die Unterlagen."]);
    await finish();
    const sent = backend.requests.at(-1)!.body.messages.at(-1).content as string;
    expect(sent).not.toMatch(/Bürgerbüro Musterstadt|ich bin umgezogen/u);
    await page.getByRole("button", { name: "Ersetzen", exact: true }).click();
    await page.getByText("Der Text wurde ersetzt.").waitFor();
    await expect(mailbox((box) => box.item!.content)).resolves.toBe(
      `<html><body><p>Hallo Frau Kowalski,</p><p>hier sind die Unterlagen.</p>${SIGNATURE}${HISTORY}</body></html>`,
    );
  });

  test("moving to another email during a stream cancels the run and reads the new email", async () => {
    await openOutlook({ mode: "read", subject: "Erste", body: emailAsHtml(sample("email-thread-intern.txt")) });
    await page.getByRole("combobox", { name: "Aufgabe" }).selectOption("zusammenfassen");
    nextScript = textStream(
      Array.from({ length: 80 }, (_, i) => `Satz ${i}. `),
      { delayMs: 50 },
    );
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByTestId("result-text").filter({ hasText: "Satz 2." }).waitFor();
    const request = backend.requests.at(-1)!;
    await page.evaluate(
      (html) => (window as unknown as { __outlookFake: FakeMailbox }).__outlookFake.switchTo({ mode: "read", subject: "Zweite", body: html }),
      emailAsHtml(sample("email-buergeranfrage.txt")),
    );
    await request.closed;
    expect(request.abortedByClient).toBe(true);
    await expect(page.getByTestId("result-text").count()).resolves.toBe(0);
    await page
      .getByTestId("source-line")
      .filter({ hasText: /E-Mail, nur die letzte Nachricht: \d+ Absätze, 1\d\d Wörter/u })
      .waitFor();
  });

  test("opened at Outlook's address, the host's scripts come from the page's early hint (each fetched once); the sanitiser follows at idle", async () => {
    const query = "?_host_Info=Outlook$Web$16.01$de-DE$$$$0&et=";
    const hinted = preloadedScripts((await fetch(`${gateway.url}/taskpane.html${query}`)).headers.get("link"));
    expect(hinted.length).toBeGreaterThan(1);
    const spec: MessageSpec = { mode: "read", subject: "Ummeldung", body: "<p>Guten Tag, ich bin umgezogen.</p>" };
    ({ page, errors, close } = await openWithFakeHost(browser, gateway.url, { script, global: "__KOKI_OUTLOOK_SETUP__", setup: spec, query }));
    await page.getByRole("button", { name: "Starten" }).waitFor();
    // One download each: the runtime's script found the hinted one (a mismatch would fetch it twice).
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname.slice(1)));
    for (const name of hinted) expect(fetched.filter((other) => other === name)).toHaveLength(1);
    // The host's code ran: the pane read the email.
    await page.getByTestId("source-line").filter({ hasText: "E-Mail" }).waitFor();
    // The HTML sanitiser, not part of the start, is fetched once the browser is idle: the first reply finds it cached.
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => /\/sanitize-html\.[0-9a-f]{8}\.js$/u.test(entry.name)));
    expect(hinted.some((name) => name.startsWith("sanitize-html"))).toBe(false);
  });

  test("a calendar item gets a plain message instead of tasks that cannot work", async () => {
    ({ page, errors, close } = await openWithFakeHost(browser, gateway.url, {
      script,
      global: "__KOKI_OUTLOOK_SETUP__",
      setup: { mode: "read", itemType: "appointment", body: "<p>Sitzung</p>" },
    }));
    await page.getByText("KoKI kann nur E-Mails bearbeiten. Termine und Aufgaben gehen nicht.").first().waitFor();
  });
});
