import { HostError } from "../../../src/taskpane/hosts/host-error";
import { createWordAdapter } from "../../../src/taskpane/hosts/word/word-adapter";
import { FakeWordDocument, installFakeWord, type ParagraphSpec } from "../../fakes/word-fake";

/**
 * Footnotes, fields, comments, … in a letter: Word's insertText(…, "Replace")
 * deletes them with the text (the fake does the same), so "Ersetzen" either
 * writes around them or refuses, and says what and where.
 */

let doc: FakeWordDocument;
let fake: ReturnType<typeof installFakeWord> | undefined;

function setup(paragraphs: ParagraphSpec[], api?: number) {
  fake?.uninstall();
  doc = new FakeWordDocument(paragraphs);
  fake = installFakeWord(doc, { api });
  return createWordAdapter();
}

afterEach(() => fake?.uninstall());

const FN = "\u0002";
const WIDERSPRUCH = "Gegen diesen Bescheid ist der Widerspruch zulässig. Er ist binnen eines Monats einzulegen.";
const HEAD = { text: "Ihr Antrag auf Wohngeld", styleBuiltIn: "Heading1" };
const TAIL = { text: "Mit freundlichen Grüßen", style: "KoKI Brieftext" };

/** Reads paragraphs first…last, replaces them with `result`, and returns the refusal (if any). */
async function replace(first: number, last: number, result: string, mode: "replace" | "replaceTracked" = "replace"): Promise<HostError | undefined> {
  const adapter = createWordAdapter();
  doc.selectParagraphs(first, last);
  const snapshot = await adapter.readSource();
  return adapter.insert(snapshot, result, mode).then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof HostError) return error;
      throw error;
    },
  );
}

describe("reading: what the selection holds is counted and named", () => {
  const LETTER: ParagraphSpec[] = [
    { text: "Unser Zeichen: 50.1-123/25", objects: [{ kind: "field", on: "50.1-123/25", code: "DOCPROPERTY Aktenzeichen" }] },
    {
      text: WIDERSPRUCH,
      objects: [
        { kind: "footnote", after: "zulässig.", text: "§ 68 VwGO" },
        { kind: "footnote", after: "einzulegen.", text: "§ 70 VwGO" },
        { kind: "comment", on: "binnen eines Monats", text: "Frist prüfen" },
      ],
    },
    {
      text: "Weitere Hinweise finden Sie unter www.musterstadt.de.",
      objects: [
        { kind: "hyperlink", on: "www.musterstadt.de", address: "https://www.musterstadt.de" },
        { kind: "bookmark", on: "Weitere Hinweise", name: "_Ref12345" },
        { kind: "bookmark", on: "", name: "_GoBack" },
        { kind: "endnote", after: "Hinweise", text: "Stand 2025" },
      ],
    },
    {
      text: "Unterschrift:",
      pictures: 1,
      objects: [
        { kind: "contentControl", on: "Unterschrift:" },
        { kind: "trackedChange", on: "Unterschrift", type: "Added" },
      ],
    },
  ];

  test("the source line names every kind with its count; a selection is read in one sync", async () => {
    const adapter = setup(LETTER);
    doc.selectParagraphs(0, 3);
    const summary = await adapter.describeSource();
    expect(doc.syncCount).toBe(1);
    expect(summary.notices).toEqual([
      {
        kind: "objects",
        // _GoBack is Word's own; the hidden _Ref bookmark is a cross-reference's target and counts.
        counts: { contentControl: 1, picture: 1, hyperlink: 1, field: 1, bookmark: 1, comment: 1, footnote: 2, endnote: 1, trackedChange: 1 },
      },
      { kind: "singleRange" },
    ]);
  });

  test("a run's read measures where each sits in one more sync, and Word's placeholders are not sent", async () => {
    const adapter = setup(LETTER);
    doc.selectParagraphs(1, 2);
    const snapshot = await adapter.readSource();
    expect(doc.syncCount).toBe(2);
    expect(doc.paragraphs[1]).toContain(`zulässig.${FN} Er`);
    expect(snapshot.text).toBe(`${WIDERSPRUCH}\rWeitere Hinweise finden Sie unter www.musterstadt.de.`);
  });

  test("without objects, reading a run still takes one sync", async () => {
    const adapter = setup([{ text: "Nur Text." }]);
    doc.selectParagraphs(0, 0);
    await adapter.readSource();
    expect(doc.syncCount).toBe(1);
  });

  test.each([
    [4, ["footnote", "endnote", "trackedChange"]],
    [3, ["field", "bookmark", "comment", "footnote", "endnote", "trackedChange"]],
  ])("WordApi 1.%i: what this Word cannot list is named as not checked", async (api, unchecked) => {
    const adapter = setup(LETTER, api);
    doc.selectParagraphs(0, 3);
    const summary = await adapter.describeSource();
    expect(summary.notices).toContainEqual({ kind: "unchecked", kinds: unchecked });
  });
});

describe("Ersetzen keeps what it can write around", () => {
  test("footnote: the note stays after the word it followed, its text and number intact, in two syncs", async () => {
    setup([HEAD, { text: WIDERSPRUCH, style: "KoKI Brieftext", objects: [{ kind: "footnote", after: "zulässig.", text: "§ 68 VwGO" }] }, TAIL]);
    const adapter = createWordAdapter();
    doc.selectParagraphs(1, 1);
    const snapshot = await adapter.readSource();
    const before = doc.syncCount;
    await adapter.insert(snapshot, "Sie können Widerspruch einlegen, er ist zulässig. Dafür haben Sie **einen Monat** Zeit.", "replace");
    expect(doc.syncCount - before).toBe(2);
    expect(doc.paragraphs[1]).toBe(`Sie können Widerspruch einlegen, er ist zulässig.${FN} Dafür haben Sie einen Monat Zeit.`);
    expect(doc.objectsIn(1)).toEqual([{ kind: "footnote", text: FN, detail: "§ 68 VwGO" }]);
    expect(doc.describe()[1]).toMatchObject({ style: "KoKI Brieftext", bold: ["einen Monat"] });
    expect(doc.raised(1)).toBe(FN);
  });

  test("footnote at the paragraph's end: the new text after it is not raised like the note mark", async () => {
    setup([{ text: "Die Frist beträgt einen Monat.", objects: [{ kind: "footnote", after: "Monat.", text: "§ 70 VwGO" }] }]);
    await replace(0, 0, "Sie haben einen Monat. Schreiben Sie uns bis dahin.");
    expect(doc.paragraphs[0]).toBe(`Sie haben einen Monat.${FN} Schreiben Sie uns bis dahin.`);
    expect(doc.raised(0)).toBe(FN);
  });

  test("endnote: kept the same way", async () => {
    setup([{ text: "Die Gebühr richtet sich nach der Satzung.", objects: [{ kind: "endnote", after: "Satzung.", text: "Gebührensatzung 2024" }] }]);
    await replace(0, 0, "Wie viel Sie zahlen, steht in der Satzung.");
    expect(doc.paragraphs[0]).toBe(`Wie viel Sie zahlen, steht in der Satzung.${FN}`);
    expect(doc.objectsIn(0)).toEqual([{ kind: "endnote", text: FN, detail: "Gebührensatzung 2024" }]);
  });

  test("content control: a file number in a control stays in its control", async () => {
    setup([{ text: "Unter dem Aktenzeichen 50.1-123/25 wird Ihr Antrag geführt.", objects: [{ kind: "contentControl", on: "50.1-123/25" }] }]);
    await replace(0, 0, "Ihr Antrag hat das Aktenzeichen 50.1-123/25.");
    expect(doc.paragraphs[0]).toBe("Ihr Antrag hat das Aktenzeichen 50.1-123/25.");
    expect(doc.objectsIn(0)).toEqual([{ kind: "contentControl", text: "50.1-123/25", detail: "" }]);
  });

  test("bookmark: a cross-reference's target stays on its words", async () => {
    setup([{ text: "Die Anhörung nach § 28 VwVfG ist erfolgt.", objects: [{ kind: "bookmark", on: "§ 28 VwVfG", name: "_Ref4711" }] }]);
    await replace(0, 0, "Wir haben Sie nach § 28 VwVfG angehört.");
    expect(doc.objectsIn(0)).toEqual([{ kind: "bookmark", text: "§ 28 VwVfG", detail: "_Ref4711" }]);
  });

  test("picture: a signature image at the start of the paragraph stays there", async () => {
    setup([{ text: "Erika Mustermann, Sachbearbeitung", pictures: 1 }]);
    await replace(0, 0, "Erika Mustermann – Sachbearbeiterin");
    expect(doc.paragraphs[0]).toBe("\u0001Erika Mustermann – Sachbearbeiterin");
    expect(doc.objectsIn(0).map((object) => object.kind)).toEqual(["picture"]);
  });

  test("comment: a colleague's comment stays on the words it is about", async () => {
    setup([{ text: "Die Zahlung ist bis zum 30. Juni zu leisten.", objects: [{ kind: "comment", on: "30. Juni", text: "Datum mit Kasse abgestimmt" }] }]);
    await replace(0, 0, "Bitte zahlen Sie bis zum 30. Juni.");
    expect(doc.objectsIn(0)).toEqual([{ kind: "comment", text: "30. Juni", detail: "Datum mit Kasse abgestimmt" }]);
  });

  test("field, hyperlink, tracked change: a paragraph the result leaves unchanged keeps them, the others are rewritten", async () => {
    setup([
      { text: "Unser Zeichen: 50.1-123/25", objects: [{ kind: "field", on: "50.1-123/25", code: "DOCPROPERTY Aktenzeichen" }] },
      { text: "Hinweise: www.musterstadt.de", objects: [{ kind: "hyperlink", on: "www.musterstadt.de", address: "https://www.musterstadt.de" }] },
      { text: "Bitte antworten Sie bald.", objects: [{ kind: "trackedChange", on: "bald", type: "Added" }] },
      { text: "Die Bearbeitung erfolgt nach Eingang sämtlicher Unterlagen." },
    ]);
    await replace(
      0,
      3,
      "Unser Zeichen: 50.1-123/25\n\nHinweise: www.musterstadt.de\n\nBitte antworten Sie bald.\n\nWir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind.",
    );
    expect(doc.paragraphs[3]).toBe("Wir bearbeiten Ihren Antrag, wenn alle Unterlagen da sind.");
    expect(doc.objectsIn(0)).toEqual([{ kind: "field", text: "50.1-123/25", detail: "DOCPROPERTY Aktenzeichen" }]);
    expect(doc.objectsIn(1)).toEqual([{ kind: "hyperlink", text: "www.musterstadt.de", detail: "https://www.musterstadt.de" }]);
    expect(doc.objectsIn(2)).toEqual([{ kind: "trackedChange", text: "bald", detail: "Added" }]);
  });

  test("with tracked changes: only the rewritten text is tracked, the footnote is never part of a deletion", async () => {
    setup([{ text: WIDERSPRUCH, objects: [{ kind: "footnote", after: "zulässig.", text: "§ 68 VwGO" }] }]);
    await replace(0, 0, "Der Widerspruch ist zulässig. Sie haben einen Monat Zeit.", "replaceTracked");
    expect(doc.objectsIn(0).filter((object) => object.kind === "footnote")).toHaveLength(1);
    expect(doc.revisions.some((revision) => revision.objects)).toBe(false);
    expect(doc.revisions).toContainEqual({ type: "Deleted", text: "Gegen diesen Bescheid ist der Widerspruch zulässig." });
  });
});

describe("Ersetzen refuses where it would destroy, and says what and where", () => {
  const CASES: [string, ParagraphSpec["objects"], Record<string, number>][] = [
    ["footnote", [{ kind: "footnote", after: "zulässig.", text: "§ 68 VwGO" }], { footnote: 1 }],
    ["endnote", [{ kind: "endnote", after: "zulässig.", text: "§ 68 VwGO" }], { endnote: 1 }],
    ["field", [{ kind: "field", on: "Bescheid", code: "DOCPROPERTY Bescheidart" }], { field: 1 }],
    ["hyperlink", [{ kind: "hyperlink", on: "Widerspruch", address: "https://musterstadt.de/widerspruch" }], { hyperlink: 1 }],
    ["bookmark", [{ kind: "bookmark", on: "binnen eines Monats", name: "Frist" }], { bookmark: 1 }],
    ["content control", [{ kind: "contentControl", on: "eines Monats" }], { contentControl: 1 }],
    ["picture", [{ kind: "picture", after: "Bescheid" }], { picture: 1 }],
    ["comment", [{ kind: "comment", on: "binnen eines Monats", text: "Frist prüfen" }], { comment: 1 }],
    ["tracked change", [{ kind: "trackedChange", on: "binnen", type: "Added" }], { trackedChange: 1 }],
  ];

  test.each(CASES)("%s: nothing is written when the result rewrites its words", async (_, objects, counts) => {
    setup([HEAD, { text: WIDERSPRUCH, objects }, TAIL]);
    const before = { text: doc.text, objects: doc.objectsIn(1) };
    const error = await replace(1, 1, "Sie können Widerspruch einlegen. Dafür haben Sie einen Monat Zeit.");
    expect(error).toMatchObject({ code: "objects_in_the_way", affected: [{ paragraph: 1, counts }] });
    expect({ text: doc.text, objects: doc.objectsIn(1) }).toEqual(before);
  });

  test("the same with tracked changes: accepting them would delete the objects, so Word's tracking is no way out", async () => {
    setup([{ text: WIDERSPRUCH, objects: [{ kind: "field", on: "Bescheid", code: "DOCPROPERTY Bescheidart" }] }]);
    const text = doc.text;
    await expect(replace(0, 0, "Sie können Widerspruch einlegen.", "replaceTracked")).resolves.toMatchObject({ code: "objects_in_the_way" });
    expect(doc.text).toBe(text);
    expect(doc.revisions).toEqual([]);
    expect(doc.changeTrackingMode).toBe("Off");
  });

  test("names every affected paragraph of the selection; unaffected ones are not named", async () => {
    setup([
      { text: "Sehr geehrte Frau Özdemir," },
      { text: WIDERSPRUCH, objects: [{ kind: "footnote", after: "zulässig.", text: "§ 68 VwGO" }] },
      { text: "Unser Zeichen: 50.1-123/25", objects: [{ kind: "field", on: "50.1-123/25", code: "DOCPROPERTY Aktenzeichen" }] },
    ]);
    const error = await replace(0, 2, "Guten Tag, Frau Özdemir,\n\nSie können Widerspruch einlegen.\n\nIhr Zeichen: 50.1-123/25");
    expect(error?.affected).toEqual([
      { paragraph: 2, counts: { footnote: 1 } },
      { paragraph: 3, counts: { field: 1 } },
    ]);
    expect(doc.paragraphs[0]).toBe("Sehr geehrte Frau Özdemir,");
  });

  test("a result with another structure would replace whole paragraphs: refused where they hold objects", async () => {
    setup([HEAD, { text: WIDERSPRUCH, objects: [{ kind: "comment", on: "Widerspruch", text: "Rechtsbehelf prüfen" }] }, TAIL]);
    const error = await replace(0, 2, "# Widerspruch\n\n- Sie können Widerspruch einlegen.\n- Sie haben einen Monat Zeit.\n\nViele Grüße");
    expect(error?.affected).toEqual([{ paragraph: 2, counts: { comment: 1 } }]);
    expect(doc.objectsIn(1)).toHaveLength(1);
  });

  test("Word 2016 (WordApi 1.1) cannot say where: any content control stops Ersetzen", async () => {
    const adapter = setup([{ text: WIDERSPRUCH, contentControl: true }], 1);
    doc.selectParagraphs(0, 0);
    const snapshot = await adapter.readSource();
    await expect(adapter.insert(snapshot, "Sie können Widerspruch einlegen.", "replace")).rejects.toMatchObject({
      code: "objects_in_the_way",
      affected: [{ counts: { contentControl: 1 } }],
    });
    expect(doc.paragraphs).toEqual([WIDERSPRUCH]);
  });

  test("a comment added while the result streamed in counts as a changed original", async () => {
    const adapter = setup([{ text: WIDERSPRUCH }]);
    doc.selectParagraphs(0, 0);
    const snapshot = await adapter.readSource();
    await Word.run(async (context) => {
      context.document.getSelection().insertComment("Bitte nicht ändern");
      await context.sync();
    });
    await expect(adapter.insert(snapshot, "Sie können Widerspruch einlegen.", "replace")).rejects.toEqual(new HostError("source_changed"));
    expect(doc.paragraphs[0]).toBe(WIDERSPRUCH);
  });
});
