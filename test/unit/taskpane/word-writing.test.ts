import { HostError } from "../../../src/taskpane/hosts/host-error";
import type { WordHandle } from "../../../src/taskpane/hosts/word/paragraph-info";
import { createWordAdapter } from "../../../src/taskpane/hosts/word/word-adapter";
import { FakeWordDocument, installFakeWord, type ParagraphSpec } from "../../fakes/word-fake";

const LETTER: ParagraphSpec[] = [
  { text: "Stadt Musterstadt – Bürgeramt", style: "KoKI Briefkopf" },
  { text: "Ihr Antrag auf Wohngeld", styleBuiltIn: "Heading1" },
  { text: "Vorlage des Personalausweises", list: { id: 7, level: 0 } },
  { text: "Einreichung der Einkommensnachweise", list: { id: 7, level: 0 } },
  { text: "Die Bearbeitung Ihres Antrags erfolgt nach Eingang sämtlicher Unterlagen.", style: "KoKI Brieftext" },
  { text: "Mit freundlichen Grüßen", style: "KoKI Brieftext" },
];

let doc: FakeWordDocument;
let fake: ReturnType<typeof installFakeWord>;

function setup(paragraphs: (string | ParagraphSpec)[] = LETTER, api?: number) {
  fake?.uninstall();
  doc = new FakeWordDocument(paragraphs);
  fake = installFakeWord(doc, { api });
  return createWordAdapter();
}

afterEach(() => fake.uninstall());

const RESULT_3 = "# Wohngeld: Ihr Antrag\n\n- Bringen Sie Ihren **Ausweis** mit.\n\nWir bearbeiten Ihren Antrag, wenn *alle* Unterlagen da sind.";

describe("reading Word paragraphs", () => {
  test("reads text, style, heading, list level and type in one sync", async () => {
    const adapter = setup();
    doc.selectParagraphs(1, 4);
    const snapshot = await adapter.readSource();
    expect(doc.syncCount).toBe(1);
    expect((snapshot.handle as WordHandle).paragraphs).toEqual([
      { text: LETTER[1]!.text, style: "Heading1", heading: true, inTable: false },
      { text: LETTER[2]!.text, style: "ListParagraph", heading: false, inTable: false, list: { level: 0, ordered: false } },
      { text: LETTER[3]!.text, style: "ListParagraph", heading: false, inTable: false, list: { level: 0, ordered: false } },
      { text: LETTER[4]!.text, style: "KoKI Brieftext", heading: false, inTable: false },
    ]);
    expect((snapshot.handle as WordHandle).wholeParagraphs).toBe(true);
  });

  test("tables are named and left out of the text; pictures and content controls are counted, and Word's placeholders are not sent", async () => {
    const adapter = setup([
      { text: "Bitte zahlen Sie bis zum 7. November 2025.", pictures: 2 },
      { text: "Gebühr\t35,00 €", table: true },
      { text: "Vielen Dank.", contentControl: true },
    ]);
    doc.selectParagraphs(0, 2);
    const snapshot = await adapter.readSource();
    expect(doc.paragraphs[0]).toBe("\u0001\u0001Bitte zahlen Sie bis zum 7. November 2025.");
    expect(snapshot.text).toBe("Bitte zahlen Sie bis zum 7. November 2025.\rVielen Dank.");
    expect(snapshot.notices).toEqual([{ kind: "tables" }, { kind: "objects", counts: { contentControl: 1, picture: 2 } }, { kind: "singleRange" }]);
  });

  test("Word older than WordApi 1.1 gets a clear error instead of an adapter", () => {
    expect(() => setup(LETTER, 0)).toThrow(new HostError("word_too_old"));
  });
});

describe("Ersetzen: paragraph by paragraph", () => {
  test("heading, list item and body keep style and list; bold and italic become formatting; two syncs", async () => {
    // Heading, one list item, one body paragraph.
    const adapter3 = setup([LETTER[0]!, LETTER[1]!, LETTER[2]!, LETTER[4]!, LETTER[5]!]);
    doc.selectParagraphs(1, 3);
    const snapshot = await adapter3.readSource();
    const before = doc.syncCount;
    await adapter3.insert(snapshot, RESULT_3, "replace");
    expect(doc.syncCount - before).toBe(2);
    expect(doc.describe().slice(1, 4)).toEqual([
      { text: "Wohngeld: Ihr Antrag", style: "Heading1", bold: [], italic: [], size: 11 },
      { text: "Bringen Sie Ihren Ausweis mit.", style: "ListParagraph", list: { id: 7, level: 0, ordered: false }, bold: ["Ausweis"], italic: [], size: 11 },
      { text: "Wir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind.", style: "KoKI Brieftext", bold: [], italic: ["alle"], size: 11 },
    ]);
    expect(doc.text).not.toMatch(/\*|#|^- /mu);
  });

  test("a partial selection inside a paragraph is replaced in place", async () => {
    const adapter = setup();
    doc.selectText("erfolgt nach Eingang sämtlicher Unterlagen");
    await adapter.insert(await adapter.readSource(), "beginnt, wenn **alle** Unterlagen da sind", "replace");
    expect(doc.describe()[4]).toMatchObject({
      text: "Die Bearbeitung Ihres Antrags beginnt, wenn alle Unterlagen da sind.",
      style: "KoKI Brieftext",
      bold: ["alle"],
    });
  });

  test("writing 200 paragraphs takes two syncs", async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => ({ text: `Absatz ${i + 1} im alten Amtsdeutsch.`, style: "KoKI Brieftext" }));
    const adapter = setup(paragraphs);
    doc.selectParagraphs(0, 199);
    const snapshot = await adapter.readSource();
    const before = doc.syncCount;
    await adapter.insert(snapshot, paragraphs.map((_, i) => `Absatz ${i + 1} in **klarer** Sprache.`).join("\n\n"), "replace");
    expect(doc.syncCount - before).toBe(2);
    expect(doc.paragraphs[199]).toBe("Absatz 200 in klarer Sprache.");
    expect(doc.describe()[199]!.bold).toEqual(["klarer"]);
  });
});

describe("Ersetzen: new structure", () => {
  test("a result with other paragraphs gets real headings, a numbered list and the body style", async () => {
    const adapter = setup();
    doc.selectParagraphs(4, 4);
    const snapshot = await adapter.readSource();
    const before = doc.syncCount;
    await adapter.insert(
      snapshot,
      "## So geht es weiter\n\n1. Sie schicken uns die Unterlagen.\n2. Wir prüfen sie.\n   - schnell\n\nDann bekommen Sie **Post**.",
      "replace",
    );
    expect(doc.syncCount - before).toBe(2);
    const written = doc.describe().slice(4, 9);
    expect(written.map((p) => p.text)).toEqual([
      "So geht es weiter",
      "Sie schicken uns die Unterlagen.",
      "Wir prüfen sie.",
      "schnell",
      "Dann bekommen Sie Post.",
    ]);
    expect(written[0]).toMatchObject({ style: "Heading2" });
    expect(written[0]!.list).toBeUndefined();
    expect(written[1]!.list).toMatchObject({ level: 0, ordered: true });
    expect(written[2]!.list).toEqual(written[1]!.list);
    expect(written[3]!.list).toMatchObject({ id: written[1]!.list!.id, level: 1, ordered: false });
    expect(written[4]).toMatchObject({ style: "KoKI Brieftext", bold: ["Post"] });
    expect(written[4]!.list).toBeUndefined();
    // The original paragraph is gone, the neighbours are untouched.
    expect(doc.paragraphs).not.toContain(LETTER[4]!.text);
    expect(doc.describe()[9]).toMatchObject({ text: "Mit freundlichen Grüßen", style: "KoKI Brieftext" });
  });

  test("Leichte Sprache: one sentence per paragraph, in large type when asked", async () => {
    const adapter = setup();
    doc.selectParagraphs(4, 4);
    await adapter.insert(await adapter.readSource(), "Wir prüfen Ihren Antrag. Dafür brauchen wir alle Unterlagen.", "replace", {
      sentencePerParagraph: true,
      fontSize: 14,
    });
    expect(doc.describe().slice(4, 6)).toEqual([
      { text: "Wir prüfen Ihren Antrag.", style: "KoKI Brieftext", bold: [], italic: [], size: 14 },
      { text: "Dafür brauchen wir alle Unterlagen.", style: "KoKI Brieftext", bold: [], italic: [], size: 14 },
    ]);
  });

  test("hostile HTML in the model's output never reaches the document", async () => {
    const adapter = setup();
    doc.selectParagraphs(4, 4);
    const hostile =
      '<script>alert("x")</script>\n\nBitte <img src=x onerror="alert(1)">klicken Sie [hier](javascript:alert(2)).\n\n<a href="javascript:void(0)" onclick="steal()">Link</a>';
    await adapter.insert(await adapter.readSource(), hostile, "replace");
    expect(doc.text).not.toMatch(/<|>|script|onerror|onclick|javascript|alert/u);
    expect(doc.paragraphs).toContain("Bitte klicken Sie hier.");
  });

  test("a table in the selection is never overwritten", async () => {
    const adapter = setup([{ text: "Gebühren:" }, { text: "Gebühr\t35,00 €", table: true }, { text: "Zahlbar sofort." }]);
    doc.selectParagraphs(0, 2);
    const snapshot = await adapter.readSource();
    await expect(adapter.insert(snapshot, "Ein ganz neuer Text.", "replace")).rejects.toEqual(new HostError("table_in_selection"));
    expect(doc.paragraphs).toEqual(["Gebühren:", "Gebühr\t35,00 €", "Zahlbar sofort."]);
    // One result paragraph per text paragraph: the text changes, the table stays.
    await adapter.insert(snapshot, "Das kostet es:\n\nBitte zahlen Sie gleich.", "replace");
    expect(doc.paragraphs).toEqual(["Das kostet es:", "Gebühr\t35,00 €", "Bitte zahlen Sie gleich."]);
  });
});

describe("Mit Änderungsnachverfolgung ersetzen", () => {
  test.each(["Off", "TrackMineOnly"] as const)("writes tracked changes and restores the user's mode (%s)", async (mode) => {
    const adapter = setup();
    doc.changeTrackingMode = mode;
    doc.selectParagraphs(4, 4);
    const snapshot = await adapter.readSource();
    const before = doc.syncCount;
    await adapter.insert(snapshot, "Wir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind.", "replaceTracked");
    expect(doc.syncCount - before).toBe(2);
    expect(doc.changeTrackingMode).toBe(mode);
    expect(doc.revisions).toEqual(
      expect.arrayContaining([
        { type: "Deleted", text: LETTER[4]!.text },
        { type: "Added", text: "Wir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind." },
      ]),
    );
  });

  test("a failed tracked write leaves the document and the user's mode as they were", async () => {
    const adapter = setup();
    doc.selectParagraphs(4, 4);
    const snapshot = await adapter.readSource();
    const original = doc.text;
    doc.failAtSync = doc.syncCount + 2;
    await expect(adapter.insert(snapshot, "Neu.", "replaceTracked")).rejects.toMatchObject({ code: "write_failed" });
    expect(doc.text).toBe(original);
    expect(doc.changeTrackingMode).toBe("Off");
    expect(doc.revisions).toEqual([]);
  });

  test("Word without WordApi 1.4 offers the other modes and says why", async () => {
    const adapter = setup(LETTER, 3);
    expect(adapter.insertModes).toEqual(["replace", "insertBelow"]);
    expect(adapter.missingModes).toEqual(["replaceTracked", "comment"]);
    doc.selectParagraphs(4, 4);
    const snapshot = await adapter.readSource();
    await expect(adapter.insert(snapshot, "Neu.", "replaceTracked")).rejects.toEqual(new HostError("word_too_old"));
    await expect(adapter.insert(snapshot, "Neu.", "comment")).rejects.toEqual(new HostError("word_too_old"));
  });
});

describe("Darunter einfügen and Als Kommentar", () => {
  test("inserting below a list leaves the list and starts a new one where the result has one", async () => {
    const adapter = setup();
    doc.selectParagraphs(3, 3);
    await adapter.insert(await adapter.readSource(), "Das ist neu.\n\n- Und das auch", "insertBelow");
    const paragraphs = doc.describe();
    expect(paragraphs[3]).toMatchObject({ text: LETTER[3]!.text, list: { id: 7 } });
    // No body paragraph was selected, so body text gets Word's Normal style.
    expect(paragraphs[4]).toMatchObject({ text: "Das ist neu.", style: "Normal" });
    expect(paragraphs[4]!.list).toBeUndefined();
    expect(paragraphs[5]).toMatchObject({ text: "Und das auch", list: { level: 0, ordered: false } });
    expect(paragraphs[5]!.list!.id).not.toBe(7);
    expect(paragraphs[6]).toMatchObject({ text: LETTER[4]!.text, style: "KoKI Brieftext" });
  });

  test("a comment is attached to the original range, and the text stays as it is", async () => {
    const adapter = setup();
    doc.selectParagraphs(4, 4);
    const original = doc.text;
    await adapter.insert(await adapter.readSource(), "Vorschlag: **Wir bearbeiten** Ihren Antrag.", "comment");
    expect(doc.text).toBe(original);
    expect(doc.comments).toEqual([{ text: "Vorschlag: Wir bearbeiten Ihren Antrag.", anchor: LETTER[4]!.text }]);
  });
});

describe("WordApi 1.1 (Word 2016)", () => {
  test("reads text and style names, and writes paragraph by paragraph", async () => {
    const adapter = setup(LETTER, 1);
    doc.selectParagraphs(4, 5);
    const snapshot = await adapter.readSource();
    expect((snapshot.handle as WordHandle).paragraphs[0]).toEqual({ text: LETTER[4]!.text, style: "KoKI Brieftext", heading: false, inTable: false });
    // Word 2016 cannot list pictures, links, fields, … in a range: the clerk is told.
    expect(snapshot.notices).toEqual([
      { kind: "unchecked", kinds: ["picture", "hyperlink", "field", "bookmark", "comment", "footnote", "endnote", "trackedChange"] },
      { kind: "singleRange" },
    ]);
    await adapter.insert(snapshot, "Wir bearbeiten **Ihren** Antrag bald.\n\nViele Grüße", "replace");
    expect(doc.describe().slice(4)).toEqual([
      { text: "Wir bearbeiten Ihren Antrag bald.", style: "KoKI Brieftext", bold: ["Ihren"], italic: [], size: 11 },
      { text: "Viele Grüße", style: "KoKI Brieftext", bold: [], italic: [], size: 11 },
    ]);
  });
});
