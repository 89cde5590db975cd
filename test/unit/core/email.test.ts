import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emailHtmlToText, splitComposeHtml, splitComposeText, splitThread } from "../../../src/core/email";

const SAMPLES = join(__dirname, "..", "..", "..", "..", "shared", "samples");
const sample = (name: string) => readFileSync(join(SAMPLES, name), "utf8");

describe("splitThread", () => {
  test("the internal German thread: the latest message has the new date and tasks, nothing older", () => {
    const { latest, history, earlierMessages } = splitThread(sample("email-thread-intern.txt"));
    expect(latest).toContain("12. Januar 2026");
    expect(latest).toContain("28. November");
    expect(latest).toContain("5. Dezember");
    expect(latest).not.toMatch(/Redaktionsschluss|Ursprüngliche Nachricht|Bitte meldet mir bis Mittwoch/u);
    expect(history).toMatch(/^-----Ursprüngliche Nachricht-----/u);
    expect(history).toContain("Redaktionsschluss");
    expect(earlierMessages).toBe(2);
  });

  test("a single citizen's email has no history", () => {
    const text = sample("email-buergeranfrage.txt");
    expect(splitThread(text)).toEqual({ latest: text.trim(), history: "", earlierMessages: 0 });
  });

  test.each([
    ["English Outlook header block", "Thanks, see below.\n\nFrom: Anna Schmidt\nSent: Monday, 3 March 2025 10:12\nTo: Team\nSubject: Budget\n\nOld text."],
    ["English divider", "Thanks.\n\n-----Original Message-----\nFrom: Anna\nOld text."],
    [
      "Outlook reply separator",
      "Danke.\n\n________________________________\nVon: Anna Schmidt <a@example.org>\nGesendet: Montag, 3. März 2025 10:12\nOld text.",
    ],
    ["German Thunderbird/Gmail line", "Danke.\n\nAm 03.03.2025 um 10:12 schrieb Anna Schmidt <a@example.org>:\n> Old text."],
    ["English Gmail line over two lines", "Thanks.\n\nOn Mon, 3 Mar 2025 at 10:12,\nAnna Schmidt <a@example.org> wrote:\n> Old text."],
    ["> quoting", "Einverstanden.\n\n> Old text.\n> More old text."],
    ["German Outlook header block with bold labels", "Danke.\n\n*Von:* Anna Schmidt\n*Gesendet:* Montag, 3. März 2025\n*An:* Team\n\nOld text."],
  ])("%s", (_name, text) => {
    const { latest, history } = splitThread(text);
    expect(latest).not.toContain("Old text");
    expect(history).toContain("Old text");
    expect(latest.length).toBeGreaterThan(0);
  });
});

describe("emailHtmlToText", () => {
  test("keeps paragraphs and lists; drops scripts, styles, images and link targets", () => {
    const html = `<html><head><style>p{color:red}</style></head><body>
      <p>Guten Tag,</p><p>bitte bringen Sie mit:</p>
      <ul><li>Ausweis</li><li>Meldebescheinigung</li></ul>
      <ol><li>erst anmelden</li><li>dann kommen</li></ol>
      <p>Mehr unter <a href="https://example.org/x?id=42">unserer Seite</a>.<img src="logo.png" alt="Logo"></p>
      <script>alert(1)</script></body></html>`;
    expect(emailHtmlToText(html)).toBe(
      "Guten Tag,\n\nbitte bringen Sie mit:\n\n- Ausweis\n- Meldebescheinigung\n\n 1. erst anmelden\n 2. dann kommen\n\nMehr unter unserer Seite.",
    );
  });

  test("an Outlook reply divider in HTML becomes a line the thread splitter knows", () => {
    const html = '<p>Danke!</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Von:</b> Anna<br><b>Gesendet:</b> Montag</div><p>Alt.</p>';
    const { latest, history } = splitThread(emailHtmlToText(html));
    expect(latest).toBe("Danke!");
    expect(history).toContain("Alt.");
  });
});

describe("splitComposeHtml", () => {
  test("keeps the signature and the quoted history byte for byte", () => {
    const head = '<html><head><meta charset="utf-8"></head><body dir="ltr">';
    const own = "<p>Sehr geehrte Frau Kowalski,</p><p>anbei die Infos.</p>";
    const tail =
      '<div id="Signature"><p>Mit freundlichen Grüßen<br>Bürgerbüro</p></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">Von: Martina</div></body></html>';
    expect(splitComposeHtml(head + own + tail)).toEqual({ head, own, tail });
  });

  test("a body without signature or history is all the clerk's own", () => {
    expect(splitComposeHtml("<p>Nur Text.</p>")).toEqual({ head: "", own: "<p>Nur Text.</p>", tail: "" });
  });

  test("plain-text bodies: the '-- ' signature and quotes stay", () => {
    expect(splitComposeText("Hallo,\nneu.\n-- \nBürgerbüro\n> alt")).toEqual({ own: "Hallo,\nneu.\n", tail: "-- \nBürgerbüro\n> alt" });
  });
});
