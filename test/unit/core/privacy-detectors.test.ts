import { findPersonalData, maskText } from "../../../src/core/privacy";
import { DEV_EXAMPLES, DEV_LETTERS, parseExample } from "../../fixtures/pii-dev";

describe("personal-data detectors on the development examples", () => {
  test.each([...DEV_EXAMPLES, ...DEV_LETTERS].map((marked) => [marked.split("\n")[0]!.slice(0, 70), marked]))("%s", (_title, marked) => {
    const { text, labels, keep } = parseExample(marked);
    const found = findPersonalData(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end), start: span.start }));
    expect(found).toEqual(labels);
    for (const fact of keep) expect(maskText(text).text).toContain(fact);
  });
});

describe("the issue's leaks", () => {
  test("a name after a role label and a street whose name is an adjective", () => {
    const masked = maskText("Antragsteller: Mehmet Aydın, geboren am 12.03.1978, wohnhaft Kölner Straße 88, 50667 Köln.");
    expect(masked.text).toBe("Antragsteller: [PERSON_1], geboren am [GEBURTSDATUM_1], wohnhaft [ADRESSE_1], [ADRESSE_2].");
  });

  test("the office's allow-list stays, even where it looks like a name or an address", () => {
    const text = "Stadtkasse, Marktplatz 1, 12345 Musterstadt, Ansprechpartnerin: Frau Lenz, Telefon 02131 928-5512";
    const masked = maskText(text, { allowList: ["Marktplatz 1, 12345 Musterstadt", "02131 928-5512"] });
    expect(masked.text).toBe("Stadtkasse, Marktplatz 1, 12345 Musterstadt, Ansprechpartnerin: Frau [PERSON_1], Telefon 02131 928-5512");
  });
});
