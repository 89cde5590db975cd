import { affectedText, kindList, objectList } from "../../../src/taskpane/components/embedded-text";
import { createTranslator } from "../../../src/taskpane/i18n/i18n";
import { de } from "../../../src/taskpane/i18n/messages-de";
import { en } from "../../../src/taskpane/i18n/messages-en";

const german = createTranslator("de", de);

describe("naming what a selection holds besides text", () => {
  test("counts in plain German and English", () => {
    expect(objectList(german, { field: 1, footnote: 2 })).toBe("1 Feld und 2 Fußnoten");
    expect(objectList(german, { picture: 1, comment: 3, trackedChange: 1 })).toBe("1 Bild, 3 Kommentare und 1 nachverfolgte Änderung");
    expect(objectList(createTranslator("en", en), { contentControl: 2 })).toBe("2 content controls");
    expect(kindList(german, ["footnote", "endnote", "trackedChange"])).toBe("Fußnoten, Endnoten oder nachverfolgte Änderungen");
  });

  test("a refusal says where, what, and what to do instead: no comment where Word cannot add one; settle tracked changes first", () => {
    const affected = [
      { paragraph: 2, counts: { footnote: 1 } },
      { paragraph: 4, counts: { trackedChange: 2 } },
    ];
    expect(affectedText(german, affected, ["replace", "replaceTracked", "insertBelow", "comment"])).toBe(
      "In Absatz 2 der Markierung: 1 Fußnote. In Absatz 4 der Markierung: 2 nachverfolgte Änderungen. Fügen Sie das Ergebnis darunter ein oder als Kommentar. Nachverfolgte Änderungen können Sie auch vorher annehmen oder ablehnen.",
    );
    expect(affectedText(german, [{ counts: { contentControl: 1 } }], ["replace", "insertBelow"])).toBe(
      "In der Markierung: 1 Inhalts-Steuerelement. Fügen Sie das Ergebnis darunter ein.",
    );
  });
});
