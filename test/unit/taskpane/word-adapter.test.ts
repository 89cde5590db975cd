import { createWordAdapter } from "../../../src/taskpane/hosts/word/word-adapter";
import { HostError } from "../../../src/taskpane/hosts/host-error";
import { FakeCollection, FakeWordDocument, installFakeWord, type FakeRange } from "../../fakes/word-fake";

const PARAGRAPHS = ["Anhörung gemäß § 28 VwVfG", "Sehr geehrter Herr Albrecht,", "Ihr Gesamteinkommen hat eine Erhöhung erfahren.", "Mit freundlichen Grüßen"];

let doc: FakeWordDocument;
let fake: ReturnType<typeof installFakeWord>;

beforeEach(() => {
  doc = new FakeWordDocument(PARAGRAPHS);
  fake = installFakeWord(doc);
});

afterEach(() => fake.uninstall());

describe("the Word fake keeps Office's rules", () => {
  test("reading a property before load and sync fails", async () => {
    await expect(
      Word.run(async (context) => {
        const range = context.document.getSelection();
        return range.text;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("an untracked range from an ended batch cannot be used again", async () => {
    const range = await Word.run(async (context) => {
      const selection = context.document.getSelection();
      selection.load("text");
      await context.sync();
      return selection;
    });
    await expect(
      Word.run(range, async (context) => {
        range.insertText("x", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });
});

describe("Word adapter: reading", () => {
  test("reads the selection in one sync", async () => {
    doc.selectText(PARAGRAPHS[2]!);
    const adapter = createWordAdapter();
    const snapshot = await adapter.readSource();
    expect(snapshot.scope).toBe("selection");
    expect(snapshot.text).toBe(PARAGRAPHS[2]);
    expect(snapshot.stats).toEqual({ paragraphs: 1, words: 6, characters: PARAGRAPHS[2]!.length });
    expect(doc.syncCount).toBe(1);
  });

  test("offers the whole document when nothing is selected", async () => {
    doc.select(5, 5);
    const snapshot = await createWordAdapter().readSource();
    expect(snapshot.scope).toBe("document");
    expect(snapshot.text).toBe(PARAGRAPHS.join("\r"));
    expect(snapshot.stats.paragraphs).toBe(4);
  });

  test("describeSource follows selection changes without tracking anything", async () => {
    const adapter = createWordAdapter();
    const changes: number[] = [];
    const stop = adapter.onSourceChanged(() => changes.push(1));
    doc.selectText("Sehr geehrter Herr Albrecht,");
    fake.selectionChanged();
    const summary = await adapter.describeSource();
    expect(summary).toEqual({ scope: "selection", stats: { paragraphs: 1, words: 4, characters: 28 }, notices: [{ kind: "singleRange" }] });
    expect([...doc.ranges].some((range) => range.tracked)).toBe(false);
    stop();
    fake.selectionChanged();
    expect(changes).toHaveLength(1);
  });

  test("the source line reads only text and table membership, also for a whole document", async () => {
    const loads: string[] = [];
    const original = FakeCollection.prototype.load;
    const load = jest.spyOn(FakeCollection.prototype, "load").mockImplementation(function (this: FakeCollection<FakeRange>, properties?: string) {
      loads.push(properties ?? "items");
      return original.call(this, properties);
    });
    doc.select(5, 5);
    const summary = await createWordAdapter().describeSource();
    load.mockRestore();
    expect(summary.scope).toBe("document");
    expect(summary.stats.paragraphs).toBe(4);
    expect(loads.join(",")).not.toMatch(/style|listItem|isListItem/u);
  });
});

describe("Word adapter: writing", () => {
  test("Ersetzen replaces the original range even after the user clicked elsewhere", async () => {
    doc.selectText(PARAGRAPHS[2]!);
    const adapter = createWordAdapter();
    const snapshot = await adapter.readSource();
    // While the result streams in, the user moves the cursor and types above.
    doc.select(0, 0);
    doc.type(0, "ENTWURF ");
    const before = doc.syncCount;
    await adapter.insert(snapshot, "Sie verdienen jetzt mehr Geld.", "replace");
    expect(doc.syncCount - before).toBeLessThanOrEqual(2);
    expect(doc.paragraphs).toEqual([
      "ENTWURF Anhörung gemäß § 28 VwVfG",
      "Sehr geehrter Herr Albrecht,",
      "Sie verdienen jetzt mehr Geld.",
      "Mit freundlichen Grüßen",
    ]);
    expect([...doc.ranges].filter((range) => range.tracked)).toHaveLength(0);
  });

  test("a multi-paragraph result becomes Word paragraphs", async () => {
    doc.selectText(PARAGRAPHS[2]!);
    const adapter = createWordAdapter();
    await adapter.insert(await adapter.readSource(), "Erster Absatz.\n\nZweiter Absatz.", "replace");
    expect(doc.paragraphs).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], "Erster Absatz.", "Zweiter Absatz.", PARAGRAPHS[3]]);
  });

  test("a changed original is not overwritten", async () => {
    doc.selectText(PARAGRAPHS[2]!);
    const adapter = createWordAdapter();
    const snapshot = await adapter.readSource();
    doc.type(doc.text.indexOf("Erhöhung"), "deutliche ");
    const edited = doc.text;
    await expect(adapter.insert(snapshot, "Neu.", "replace")).rejects.toEqual(new HostError("source_changed"));
    expect(doc.text).toBe(edited);
    // Inserting below still works with the same snapshot.
    await adapter.insert(snapshot, "Neu.", "insertBelow");
    expect(doc.paragraphs).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], "Ihr Gesamteinkommen hat eine deutliche Erhöhung erfahren.", "Neu.", PARAGRAPHS[3]]);
  });

  test("Darunter einfügen leaves the original untouched", async () => {
    doc.selectText(PARAGRAPHS[1]!);
    const adapter = createWordAdapter();
    await adapter.insert(await adapter.readSource(), "Guten Tag, Herr Albrecht,", "insertBelow");
    expect(doc.paragraphs).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], "Guten Tag, Herr Albrecht,", PARAGRAPHS[2], PARAGRAPHS[3]]);
  });

  test("a failed write leaves the document as it was", async () => {
    doc.selectText(PARAGRAPHS[2]!);
    const adapter = createWordAdapter();
    const snapshot = await adapter.readSource();
    const original = doc.text;
    // The conflict check passes; the write itself fails.
    doc.failAtSync = doc.syncCount + 2;
    await expect(adapter.insert(snapshot, "Neu.", "replace")).rejects.toMatchObject({ code: "write_failed" });
    expect(doc.text).toBe(original);
  });
});

describe("Word adapter: selecting a readability finding", () => {
  test("selects the passage by paragraph and occurrence, even after the user clicked elsewhere", async () => {
    const adapter = createWordAdapter();
    doc.select(0, 0);
    const snapshot = await adapter.readSource(); // the whole document
    const text = snapshot.text;
    // The second "Herr" would be ambiguous by search alone; offsets decide.
    doc.type(doc.text.length, "\rHerr Albrecht, Herr Albrecht.");
    const offset = text.indexOf("Erhöhung");
    doc.select(3, 3);
    await adapter.selectPassage!(snapshot, offset, offset + "Erhöhung".length);
    expect(doc.text.slice(doc.selection.start, doc.selection.end)).toBe("Erhöhung");
  });

  test("picks the right occurrence inside a paragraph", async () => {
    doc = new FakeWordDocument(["Der Antrag und der Antrag und der Antrag."]);
    fake.uninstall();
    fake = installFakeWord(doc);
    const adapter = createWordAdapter();
    const snapshot = await adapter.readSource();
    const third = snapshot.text.lastIndexOf("Antrag");
    await adapter.selectPassage!(snapshot, third, third + 6);
    expect(doc.selection).toEqual({ start: third, end: third + 6 });
  });
});
