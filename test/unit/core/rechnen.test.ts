import { rechnenTool, type RechnenInput } from "../../../src/core/tools";

function rechnen(input: RechnenInput) {
  const outcome = rechnenTool.call(input);
  if (!outcome.ok) throw new Error(outcome.fehler);
  return outcome.output;
}

function fehler(input: Record<string, unknown>): string {
  const outcome = rechnenTool.call(input);
  if (outcome.ok) throw new Error(`expected an error, got ${outcome.output.ergebnis}`);
  return outcome.fehler;
}

describe("rechnen: exact decimal amounts", () => {
  test("0,10 € + 0,20 € is exactly 0,30 € (in floating point it is 0.30000000000000004)", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(rechnen({ rechenart: "summe", werte: ["0,10 €", "0,20 €"] })).toMatchObject({ ergebnis: "0,30 €", betrag: "0.30", genau: "0.3" });
  });

  test("ten times 0,10 € as a sum is 1,00 €, not 0.9999999999999999", () => {
    expect(rechnen({ rechenart: "summe", werte: Array<string>(10).fill("0,10") }).ergebnis).toBe("1,00 €");
  });

  test.each([
    // German notation, plain notation, thousands, currency words and the dash for whole euros.
    [["1.234,56 €", "1234.56"], "2.469,12 €"],
    [["1.234", "0.5"], "1.234,50 €"],
    [["EUR 12,50", "12,50 EUR", "12,50 Euro"], "37,50 €"],
    [["1,234.56", "0.44"], "1.235,00 €"],
    [["50,-", "1 000,00"], "1.050,00 €"],
    [["1.234.567,89", "0,11"], "1.234.568,00 €"],
    [["-3,20 €", "10"], "6,80 €"],
    [["−3,20 €", "10"], "6,80 €"],
    [[1234.56, 0.44], "1.235,00 €"],
  ])("summe %j = %s", (werte, ergebnis) => {
    expect(rechnen({ rechenart: "summe", werte }).ergebnis).toBe(ergebnis);
  });

  test("differenz takes the rest from the first amount, and can turn negative", () => {
    const result = rechnen({ rechenart: "differenz", werte: ["1.000,00 €", "250,50 €", "800 €"] });
    expect(result).toMatchObject({ ergebnis: "-50,50 €", betrag: "-50.50" });
    expect(result.begruendung).toContain("Differenz: 1.000,00 € − 250,50 € − 800,00 € = -50,50 €.");
  });

  test("produkt with a factor: 12 months of 437,19 €", () => {
    expect(rechnen({ rechenart: "produkt", werte: ["437,19 €"], faktor: "12" }).ergebnis).toBe("5.246,28 €");
  });

  test("produkt with a fractional factor is rounded half-up to cents, and says so", () => {
    // 33,33 € × 1,5 = 49,995 € exactly; half-up gives 50,00 €.
    const result = rechnen({ rechenart: "produkt", werte: ["33,33 €"], faktor: "1,5" });
    expect(result).toMatchObject({ ergebnis: "50,00 €", genau: "49.995" });
    expect(result.begruendung).toContain("Produkt: 33,33 € × 1,5 = 49,995 €.");
    expect(result.begruendung).toContain("Kaufmännisch auf Cent gerundet (ab 5 wird aufgerundet): 50,00 €.");
  });

  test("prozent: 19 % of 1.234,56 € is 234,5664 €, rounded 234,57 €", () => {
    const result = rechnen({ rechenart: "prozent", werte: ["1.234,56 €"], prozentsatz: "19 %" });
    expect(result).toMatchObject({ ergebnis: "234,57 €", betrag: "234.57", genau: "234.5664" });
    expect(result.begruendung).toContain("19 % von 1.234,56 € = 234,5664 €.");
  });

  test("prozent with a decimal rate: 7,5 % of 80 € is exactly 6,00 €", () => {
    const result = rechnen({ rechenart: "prozent", werte: ["80"], prozentsatz: "7,5" });
    expect(result.ergebnis).toBe("6,00 €");
    expect(result.begruendung).toContain("Das Ergebnis ist genau; es muss nicht gerundet werden.");
  });

  test.each([
    // Half-up: ,5 goes up, also for the amounts where binary floating point gets it wrong.
    ["2,675", "2,68 €"], // 2.675.toFixed(2) is "2.67" in JavaScript
    ["1,005", "1,01 €"], // 1.005.toFixed(2) is "1.00"
    ["1,004", "1,00 €"],
    ["-2,675", "-2,68 €"], // half away from zero, as commercial rounding does
    ["0,125", "0,13 €"],
  ])("runden %s → %s", (wert, ergebnis) => {
    expect(rechnen({ rechenart: "runden", werte: [wert] }).ergebnis).toBe(ergebnis);
  });

  test("large amounts stay exact", () => {
    expect(rechnen({ rechenart: "summe", werte: ["9.007.199.254.740.993,01", "0,01"] }).ergebnis).toBe("9.007.199.254.740.993,02 €");
  });
});

describe("rechnen: bad input gets a clear German error", () => {
  test.each([
    [{ rechenart: "summe", werte: ["abc"] }, "Der 1. Betrag „abc“ ist keine Zahl"],
    [{ rechenart: "summe", werte: ["12", "1,2,3"] }, "Der 2. Betrag „1,2,3“ ist keine Zahl"],
    [{ rechenart: "summe", werte: ["1.23.4"] }, "ist keine Zahl"],
    [{ rechenart: "summe", werte: [] }, "„werte“ ist leer."],
    [{ rechenart: "differenz", werte: ["5"] }, "mindestens zwei Beträge"],
    [{ rechenart: "produkt", werte: ["5"] }, "fehlt der Faktor"],
    [{ rechenart: "produkt", werte: ["5", "6"], faktor: "2" }, "genau einen Betrag"],
    [{ rechenart: "prozent", werte: ["5"] }, "fehlt der Prozentsatz"],
    [{ rechenart: "prozent", werte: ["5"], prozentsatz: "viel" }, "Der Prozentsatz „viel“ ist keine Zahl"],
    [{ rechenart: "wurzel", werte: ["5"] }, "„rechenart“ muss eines davon sein: summe, differenz, produkt, prozent, runden."],
  ])("%j", (input, message) => {
    expect(fehler(input)).toContain(message);
  });
});
