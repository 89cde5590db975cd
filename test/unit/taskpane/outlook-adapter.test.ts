import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClientTask } from "../../../src/core/protocol";
import { HostError } from "../../../src/taskpane/hosts/host-error";
import { createOutlookAdapter } from "../../../src/taskpane/hosts/outlook/outlook-adapter";
import { emailAsHtml as asHtml } from "../../helpers/email-html";
import { FakeMailbox, installFakeOutlook, type MessageSpec } from "../../fakes/outlook-fake";

const SAMPLES = join(__dirname, "..", "..", "..", "..", "shared", "samples");
const thread = readFileSync(join(SAMPLES, "email-thread-intern.txt"), "utf8");

let mailbox: FakeMailbox;
let fake: ReturnType<typeof installFakeOutlook>;

function open(spec: MessageSpec) {
  mailbox = new FakeMailbox();
  mailbox.open(spec);
  fake = installFakeOutlook(mailbox);
  return createOutlookAdapter();
}

afterEach(() => fake.uninstall());

const task = (id: string, output: ClientTask["output"]) => ({ id, output }) as ClientTask;

describe("Outlook read mode", () => {
  test("reads the latest message of a thread, or the whole thread", async () => {
    const adapter = open({ mode: "read", subject: "AW: AW: Umstellung Terminbuchung", body: asHtml(thread) });
    const latest = await adapter.readSource({ thread: "latest" });
    expect(latest.scope).toBe("emailLatest");
    expect(latest.text).toMatch(/^Betreff: AW: AW: Umstellung Terminbuchung\n\n/u);
    expect(latest.text).toContain("12. Januar 2026");
    expect(latest.text).not.toContain("Redaktionsschluss");
    const whole = await adapter.readSource({ thread: "thread" });
    expect(whole.scope).toBe("emailThread");
    expect(whole.text).toContain("Redaktionsschluss");
  });

  test("offers summaries, replies and translation; writes only reply forms", () => {
    const adapter = open({ mode: "read", body: "<p>Hallo</p>" });
    expect(adapter.threadChoice).toBe(true);
    expect(adapter.insertModes).toEqual(["reply", "replyAll"]);
    expect(
      [task("zusammenfassen", "summary"), task("antwort-entwerfen", "reply"), task("uebersetzen", "rewrite"), task("einfache-sprache", "rewrite")]
        .filter((t) => adapter.offersTask!(t))
        .map((t) => t.id),
    ).toEqual(["zusammenfassen", "antwort-entwerfen", "uebersetzen"]);
  });

  test("calendar items and an empty pinned pane get clear errors", async () => {
    const adapter = open({ mode: "read", itemType: "appointment", body: "<p>Termin</p>" });
    await expect(adapter.describeSource()).rejects.toEqual(new HostError("not_a_message"));
    mailbox.switchTo(null);
    await expect(adapter.readSource()).rejects.toEqual(new HostError("no_item"));
    expect(adapter.insertModes).toEqual([]);
  });

  test("a result is never written into another item", async () => {
    const adapter = open({ mode: "compose", body: "Hallo,\nbitte Unterlagen schicken.", bodyType: "text" });
    const snapshot = await adapter.readSource();
    const changes: number[] = [];
    adapter.onItemChanged!(() => changes.push(1));
    mailbox.switchTo({ mode: "compose", body: "Andere E-Mail.", bodyType: "text" });
    expect(changes).toEqual([1]);
    await expect(adapter.insert(snapshot, "Neu.", "replace")).rejects.toEqual(new HostError("source_changed"));
    expect(mailbox.item!.content).toBe("Andere E-Mail.");
  });

  test("no more than three Outlook calls run at once", async () => {
    const adapter = open({ mode: "compose", body: "<p>Text</p>", selection: "" });
    mailbox.latencyMs = 20;
    // Each compose read makes three calls; ten reads at once would make thirty.
    await Promise.all(Array.from({ length: 10 }, () => adapter.describeSource()));
    expect(mailbox.calls.length).toBeGreaterThanOrEqual(30);
    expect(mailbox.maxConcurrent).toBe(3);
  });
});

describe("Outlook compose mode", () => {
  test("reads the selection, or the own text without signature and history", async () => {
    const body =
      '<html><body><p>Sehr geehrte Frau Kowalski,</p><p>Sie brauchen keinen neuen Ausweis.</p><div id="Signature"><p>Bürgerbüro Musterstadt</p></div><div id="divRplyFwdMsg">Von: Martina</div><p>Alte Nachricht.</p></body></html>';
    const adapter = open({ mode: "compose", body, selection: "Sie brauchen keinen neuen Ausweis." });
    expect(adapter.threadChoice).toBe(false);
    expect(adapter.insertModes).toEqual(["replace", "subject"]);
    const selected = await adapter.readSource();
    expect(selected).toMatchObject({ scope: "selection", text: "Sie brauchen keinen neuen Ausweis." });
    mailbox.item!.selection = undefined;
    const whole = await adapter.readSource();
    expect(whole.scope).toBe("email");
    expect(whole.text).toBe("Sehr geehrte Frau Kowalski,\n\nSie brauchen keinen neuen Ausweis.");
  });

  test("a plain-text body is rewritten above its signature, in plain text", async () => {
    const adapter = open({
      mode: "compose",
      bodyType: "text",
      body: "Hallo Frau Kowalski,\nwir bitten um Zusendung der Unterlagen.\n-- \nBürgerbüro Musterstadt",
    });
    const snapshot = await adapter.readSource();
    expect(snapshot.text).toBe("Hallo Frau Kowalski,\nwir bitten um Zusendung der Unterlagen.");
    await adapter.insert(snapshot, "Hallo Frau Kowalski,\n\nbitte schicken Sie uns **die Unterlagen**.", "replace");
    expect(mailbox.item!.content).toBe("Hallo Frau Kowalski,\nbitte schicken Sie uns die Unterlagen.\n\n-- \nBürgerbüro Musterstadt");
    expect(mailbox.item!.setCalls.at(-1)!.coercionType).toBe("text");
  });

  test("a changed body is not overwritten", async () => {
    const adapter = open({ mode: "compose", bodyType: "text", body: "Alter Text." });
    const snapshot = await adapter.readSource();
    mailbox.item!.content = "Alter Text. Noch ein Satz.";
    await expect(adapter.insert(snapshot, "Neu.", "replace")).rejects.toEqual(new HostError("source_changed"));
    expect(mailbox.item!.content).toBe("Alter Text. Noch ein Satz.");
  });

  test("a suggested subject is one line of at most 255 characters", async () => {
    const adapter = open({ mode: "compose", bodyType: "text", body: "Text." });
    const snapshot = await adapter.readSource();
    await adapter.insert(snapshot, `**Anwohnerparkausweis ${"sehr ".repeat(80)}lang**\nzweite Zeile`, "subject");
    expect(mailbox.item!.subjectText).toMatch(/^Anwohnerparkausweis sehr/u);
    expect(mailbox.item!.subjectText.length).toBe(255);
    expect(mailbox.item!.subjectText).not.toContain("*");
  });
});
