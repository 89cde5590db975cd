import { Unmasker, detectStructured, maskText, validIban, validTaxId } from "../../../src/core/privacy";

describe("maskText", () => {
  test("the same value gets the same placeholder; counts are per distinct value", () => {
    const result = maskText("Herr Albrecht zahlt auf DE89 3704 0044 0532 0130 00. Später zahlt Albrecht wieder auf DE89 3704 0044 0532 0130 00.");
    expect(result.text).toBe("Herr [PERSON_1] zahlt auf [IBAN_1]. Später zahlt [PERSON_1] wieder auf [IBAN_1].");
    expect(result.counts).toEqual({ PERSON: 1, IBAN: 1 });
  });

  test("legal references, amounts and deadlines stay; the office's own data on the allow-list stays", () => {
    const text =
      "Nach § 50 Abs. 1 SGB X sind 1.125,00 Euro bis zum 7. November 2025 auf DE89 3704 0044 0532 0130 00 zu zahlen. Frau Lenz hilft unter 02131 928-5512.";
    const result = maskText(text, { allowList: ["DE89 3704 0044 0532 0130 00", "02131 928-5512"] });
    expect(result.text).toBe(
      "Nach § 50 Abs. 1 SGB X sind 1.125,00 Euro bis zum 7. November 2025 auf DE89 3704 0044 0532 0130 00 zu zahlen. Frau [PERSON_1] hilft unter 02131 928-5512.",
    );
  });

  test("file numbers by the admin's pattern", () => {
    expect(maskText("Az. 50.3-WG-2025-04711", { fileNumberPatterns: ["\\d{2}\\.\\d-WG-\\d{4}-\\d{5}"] }).text).toBe("Az. [AKTENZEICHEN_1]");
  });
});

describe("checksums", () => {
  test("IBAN and tax ID check digits", () => {
    expect(validIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(validIban("DE88 3704 0044 0532 0130 00")).toBe(false);
    expect(validTaxId("86095742719")).toBe(true);
    expect(validTaxId("86095742718")).toBe(false);
    expect(detectStructured("Steuer-ID 86095742718", ["STEUER_ID"])).toEqual([]);
  });
});

describe("Unmasker", () => {
  const values = new Map([
    ["[PERSON_1]", "Jens Albrecht"],
    ["[IBAN_1]", "DE89 3704 0044 0532 0130 00"],
  ]);

  test("restores placeholders split across chunks, and text with brackets that are not placeholders", () => {
    const unmasker = new Unmasker(values);
    const out = ["Sehr geehrter [PER", "SON", "_1], zahlen Sie auf [", "IBAN_1] [Name] ein [x."].map((chunk) => unmasker.push(chunk)).join("") + unmasker.end();
    expect(out).toBe("Sehr geehrter Jens Albrecht, zahlen Sie auf DE89 3704 0044 0532 0130 00 [Name] ein [x.");
  });

  test("reports placeholders the model dropped or invented, and never fills in invented ones", () => {
    const unmasker = new Unmasker(values);
    const out = unmasker.push("Hallo [PERSON_1] und [PERSON_2].") + unmasker.end();
    expect(out).toBe("Hallo Jens Albrecht und [PERSON_2].");
    expect(unmasker.report()).toEqual({ dropped: ["[IBAN_1]"], invented: ["[PERSON_2]"] });
  });

  test("a model that changes the case of a placeholder still gets the value back", () => {
    const unmasker = new Unmasker(values);
    expect(unmasker.push("Hallo [Person_1]!") + unmasker.end()).toBe("Hallo Jens Albrecht!");
  });
});

test("Word's paragraph marks (\\r) do not hide a signature", () => {
  const text = "Mit freundlichen Grüßen\rIm Auftrag\r\rAyşe Öztürk\rStadt Musterstadt";
  expect(maskText(text).text).toBe("Mit freundlichen Grüßen\rIm Auftrag\r\r[PERSON_1]\rStadt Musterstadt");
});

test("a word left where a name is expected is named as doubtful; titles, offices and lower-case words are not", () => {
  expect(maskText("Sehr geehrte Frau MÜLLER,\nHerr Bürgermeister Schmidt\nName: siehe Anlage\nVermieterin: Wohnungsbau GmbH").doubtful).toEqual(["MÜLLER"]);
  expect(maskText("Sehr geehrte Frau Nguyễn Thị Lan, Antragsteller: Mehmet Aydın").doubtful).toEqual([]);
});
