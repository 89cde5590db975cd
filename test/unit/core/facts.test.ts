import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FACT_KINDS, compareFacts, extractFacts, type FactKind } from "../../../src/core/facts";

const ALL = FACT_KINDS;
const keys = (text: string, kind?: FactKind) =>
  extractFacts(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.key);

describe("extractFacts: German formats", () => {
  test.each([
    ["am 7. November 2025", "date", "2025-11-07"],
    ["am 07.11.2025", "date", "2025-11-07"],
    ["am 7.11.25", "date", "2025-11-07"],
    ["am 7. Nov. 2025", "date", "2025-11-07"],
    ["am 2025-11-07", "date", "2025-11-07"],
    ["Am 15. März", "date", "????-03-15"],
    ["bis zum 7. November 2025 einreichen", "deadline", "2025-11-07"],
    ["spätestens am 28.11.2025", "deadline", "2025-11-28"],
    ["insgesamt 1.125,00 Euro", "amount", "112500 EUR"],
    ["1125 €", "amount", "112500 EUR"],
    ["EUR 30,70", "amount", "3070 EUR"],
    ["bis zu 2.000 Euro", "amount", "200000 EUR"],
    ["§ 28 Abs. 3 WoGG", "legalRef", "§28(3)"],
    ["§ 28 Absatz 3 Wohngeldgesetz", "legalRef", "§28(3)"],
    ["Paragraf 28 Absatz 3", "legalRef", "§28(3)"],
    ["Artikel 9 DSGVO", "legalRef", "§9"],
    ["Aktenzeichen: 50.3-WG-2025-04711", "fileNumber", "50.3-WG-2025-04711"],
    ["Az. 32.2-AE-19/2025-0332", "fileNumber", "32.2-AE-19/2025-0332"],
    ["Nummer B-2025-1187", "fileNumber", "B-2025-1187"],
    ["IBAN DE89 3704 0044 0532 0130 00", "iban", "DE89370400440532013000"],
    ["Telefon 02131 928-5512", "phone", "021319285512"],
    ["unter +49 211 8899-300", "phone", "02118899300"],
    ["Mobil 0157 22334455", "phone", "015722334455"],
    ["an auslaenderamt@musterstadt.example.", "email", "auslaenderamt@musterstadt.example"],
    ["unter https://www.musterstadt.example/parken.", "url", "www.musterstadt.example/parken"],
    ["von 8:30 Uhr bis 12:00 Uhr", "time", "08:30"],
    ["um 9 Uhr", "time", "09:00"],
    ["mehr als 15 Prozent", "percent", "15 %"],
    ["Zimmer 2.114", "number", "2114"],
    ["41460 Neuss", "number", "41460"],
  ] as [string, FactKind, string][])("%s → %s %s", (text, kind, key) => {
    expect(keys(text, kind)).toContain(key);
  });

  test("each span is one fact: a date is not also a number or file number", () => {
    expect(extractFacts("am 07.11.2025").map((f) => f.kind)).toEqual(["date"]);
    expect(extractFacts("1.125,00 Euro").map((f) => f.kind)).toEqual(["amount"]);
    expect(extractFacts("§ 50 Absatz 1 SGB X").map((f) => f.kind)).toEqual(["legalRef"]);
  });

  test("single digits and list markers are not facts", () => {
    expect(extractFacts("1. ein gültiger Pass\n2. ein Lichtbild, 5 Monate")).toEqual([]);
  });

  test("the hearing letter's key facts are all found", () => {
    const letter = readFileSync(join(__dirname, "..", "..", "fixtures", "anhoerung-wohngeld.txt"), "utf8");
    const facts = extractFacts(letter);
    const find = (kind: FactKind, key: string) => facts.some((f) => f.kind === kind && f.key === key);
    expect(find("deadline", "2025-11-07")).toBe(true);
    expect(find("fileNumber", "50.3-WG-2025-04711")).toBe(true);
    expect(find("amount", "112500 EUR")).toBe(true);
    expect(find("amount", "31200 EUR")).toBe(true);
    expect(find("legalRef", "§28(3)")).toBe(true);
    expect(find("iban", "DE89370400440532013000")).toBe(true);
    expect(find("phone", "021319285512")).toBe(true);
    expect(find("time", "08:30")).toBe(true);
  });
});

describe("compareFacts", () => {
  const check = (before: string, after: string, kinds: readonly FactKind[] = ALL) => compareFacts(extractFacts(before), extractFacts(after), kinds);

  test("a deadline turned into a duration is reported missing", () => {
    const report = check("Bitte reichen Sie die Nachweise bis zum 7. November 2025 ein.", "Bitte schicken Sie die Nachweise innerhalb von zwei Wochen.");
    expect(report).toEqual({ missing: [{ kind: "deadline", text: "7. November 2025" }], changed: [] });
  });

  test("a changed deadline is reported as changed", () => {
    const report = check("Frist: bis zum 7. November 2025.", "Sie haben Zeit bis zum 14. November 2025.");
    expect(report.changed).toEqual([{ kind: "deadline", before: "7. November 2025", after: "14. November 2025" }]);
    expect(report.missing).toEqual([]);
  });

  test("the same facts in other formats are kept, not reported", () => {
    const report = check(
      "bis 07.11.2025 zahlen Sie 1.125,00 Euro nach § 28 Abs. 3 WoGG, Az. 50.3-WG-2025-04711, Tel. 02131 928-5512, IBAN DE89 3704 0044 0532 0130 00.",
      "Zahlen Sie bis zum 7. November 2025 den Betrag von 1125 € (§ 28 Absatz 3 Wohngeldgesetz). Aktenzeichen 50.3-WG-2025-04711. Telefon: 02131 9285512. IBAN: DE89370400440532013000.",
    );
    expect(report).toEqual({ missing: [], changed: [] });
  });

  test("a date without a year in the original matches the full date", () => {
    expect(check("bis zum 7. November", "bis zum 7. November 2025")).toEqual({ missing: [], changed: [] });
  });

  test("a changed file number and amount are reported", () => {
    const report = check("Az. 50.3-WG-2025-04711: 1.125,00 Euro", "Az. 50.3-WG-2025-04717: 1.152,00 Euro");
    expect(report.changed).toEqual([
      { kind: "fileNumber", before: "50.3-WG-2025-04711", after: "50.3-WG-2025-04717" },
      { kind: "amount", before: "1.125,00 Euro", after: "1.152,00 Euro" },
    ]);
  });

  test("only the requested kinds are checked", () => {
    expect(check("Zimmer 2.114, bis zum 7. November 2025", "bis zum 7. November 2025", ["deadline", "date"])).toEqual({ missing: [], changed: [] });
  });

  test("a fact repeated in the original is reported once", () => {
    expect(check("IBAN DE89 3704 0044 0532 0130 00 … IBAN DE89 3704 0044 0532 0130 00", "Überweisen Sie das Geld.").missing).toHaveLength(1);
  });

  test("an e-mail address in angle brackets is a fact the rewrite must keep", () => {
    expect(check("Von: Joachim Reuter <j.reuter@mail.example>", "Von: Joachim Reuter").missing).toEqual([{ kind: "email", text: "j.reuter@mail.example" }]);
    expect(check("Von: Joachim Reuter <j.reuter@mail.example>", "Von: Joachim Reuter <J.Reuter@mail.example>")).toEqual({ missing: [], changed: [] });
  });
});
