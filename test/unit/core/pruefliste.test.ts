import { prueflisteTool, type PrueflisteInput } from "../../../src/core/tools";

// A Wohngeld application's checklist, as an admin would configure it.
const WOHNGELD: PrueflisteInput["punkte"] = [
  { id: "antrag", bezeichnung: "Antragsformular" },
  { id: "mietbescheinigung", bezeichnung: "Mietbescheinigung" },
  { id: "einkommensnachweis", bezeichnung: "Einkommensnachweis", wenn: [{ feld: "einkommen", ist: ">", wert: 0 }] },
  { id: "schwerbehindertenausweis", bezeichnung: "Schwerbehindertenausweis", wenn: [{ feld: "schwerbehindert", ist: "ja" }] },
  { id: "geburtsdatum", bezeichnung: "Geburtsdatum", art: "angabe" },
  { id: "iban", bezeichnung: "IBAN", art: "angabe", feld: "bankverbindung" },
];

function pruefe(felder: PrueflisteInput["felder"], dokumente: string[], punkte = WOHNGELD) {
  const outcome = prueflisteTool.call({ punkte, felder, dokumente });
  if (!outcome.ok) throw new Error(outcome.fehler);
  return outcome.output;
}

describe("pruefliste: which required items are missing", () => {
  test("everything there: complete", () => {
    const result = pruefe({ einkommen: "1.200,00 €", schwerbehindert: "nein", geburtsdatum: "1980-05-01", bankverbindung: "DE02…" }, [
      "antrag",
      "mietbescheinigung",
      "einkommensnachweis",
    ]);
    expect(result).toMatchObject({
      vollstaendig: true,
      fehlend: [],
      unklar: [],
      vorhanden: ["antrag", "mietbescheinigung", "einkommensnachweis", "geburtsdatum", "iban"],
      nichtNoetig: ["schwerbehindertenausweis"],
    });
    expect(result.begruendung).toBe("Geprüft: 6 Punkte. Es fehlt nichts. Nicht nötig, weil ihre Bedingung nicht zutrifft: 1.");
  });

  test("missing documents and fields get one German sentence each, with the condition that made them required", () => {
    const result = pruefe({ einkommen: "1.200,00 €", schwerbehindert: true, geburtsdatum: "" }, ["antrag"]);
    expect(result.vollstaendig).toBe(false);
    expect(result.fehlend).toEqual([
      { id: "mietbescheinigung", bezeichnung: "Mietbescheinigung", hinweis: "Es fehlt das Dokument „Mietbescheinigung“." },
      {
        id: "einkommensnachweis",
        bezeichnung: "Einkommensnachweis",
        hinweis: "Es fehlt das Dokument „Einkommensnachweis“. Es ist nötig, weil „einkommen“ größer als 0 ist.",
      },
      {
        id: "schwerbehindertenausweis",
        bezeichnung: "Schwerbehindertenausweis",
        hinweis: "Es fehlt das Dokument „Schwerbehindertenausweis“. Es ist nötig, weil „schwerbehindert“ zutrifft.",
      },
      { id: "geburtsdatum", bezeichnung: "Geburtsdatum", hinweis: "Es fehlt die Angabe „Geburtsdatum“." },
      { id: "iban", bezeichnung: "IBAN", hinweis: "Es fehlt die Angabe „IBAN“." },
    ]);
    expect(result.begruendung).toContain("Es fehlen 5 Punkte: Mietbescheinigung, Einkommensnachweis, Schwerbehindertenausweis, Geburtsdatum, IBAN.");
  });

  test("an income of 0 (also written as „0,00 €“) needs no proof of income", () => {
    expect(pruefe({ einkommen: "0,00 €" }, []).nichtNoetig).toContain("einkommensnachweis");
    expect(pruefe({ einkommen: 0 }, []).nichtNoetig).toContain("einkommensnachweis");
  });

  test("a condition on a field that was not extracted leaves the item unclear, not missing", () => {
    const result = pruefe({ geburtsdatum: "1980-05-01", bankverbindung: "DE02…", einkommen: "etwas" }, ["antrag", "mietbescheinigung"]);
    expect(result.fehlend).toEqual([]);
    expect(result.vollstaendig).toBe(false);
    expect(result.unklar).toEqual([
      {
        id: "einkommensnachweis",
        bezeichnung: "Einkommensnachweis",
        hinweis: "Ob „Einkommensnachweis“ nötig ist, lässt sich nicht prüfen. „einkommen“ ist keine Zahl.",
      },
      {
        id: "schwerbehindertenausweis",
        bezeichnung: "Schwerbehindertenausweis",
        hinweis: "Ob „Schwerbehindertenausweis“ nötig ist, lässt sich nicht prüfen. Die Angabe „schwerbehindert“ fehlt.",
      },
    ]);
    expect(result.begruendung).toContain("Unklar, ob nötig: Einkommensnachweis, Schwerbehindertenausweis.");
  });

  test("a document that is there counts even when its condition cannot be checked", () => {
    expect(pruefe({}, ["einkommensnachweis"]).vorhanden).toContain("einkommensnachweis");
  });

  test.each([
    // Each operator, with a value that meets it and one that does not.
    [{ feld: "kinder", ist: ">=", wert: 1 }, { kinder: "1" }, { kinder: "0" }],
    [{ feld: "kinder", ist: "<", wert: "3" }, { kinder: 2 }, { kinder: 3 }],
    [{ feld: "kinder", ist: "<=", wert: 2 }, { kinder: 2 }, { kinder: "2,5" }],
    [{ feld: "wohnform", ist: "=", wert: "Miete" }, { wohnform: " miete " }, { wohnform: "Eigentum" }],
    [{ feld: "wohnform", ist: "!=", wert: "Eigentum" }, { wohnform: "Miete" }, { wohnform: "EIGENTUM" }],
    [{ feld: "miete", ist: "=", wert: "500" }, { miete: "500,00 €" }, { miete: "501" }],
    [{ feld: "vermieter", ist: "vorhanden" }, { vermieter: "Frau A." }, { vermieter: null }],
    [{ feld: "vermieter", ist: "fehlt" }, {}, { vermieter: "Frau A." }],
    [{ feld: "student", ist: "nein" }, { student: false }, { student: "Ja" }],
  ] as const)("%j", (condition, meets, fails) => {
    const punkte = [{ id: "nachweis", bezeichnung: "Nachweis", wenn: [condition] }];
    expect(pruefe(meets, [], punkte).fehlend.map((f) => f.id)).toEqual(["nachweis"]);
    expect(pruefe(fails, [], punkte).nichtNoetig).toEqual(["nachweis"]);
  });

  test("all conditions must hold", () => {
    const punkte = [
      {
        id: "x",
        bezeichnung: "X",
        wenn: [
          { feld: "a", ist: ">" as const, wert: 0 },
          { feld: "b", ist: "ja" as const },
        ],
      },
    ];
    expect(pruefe({ a: 1, b: "ja" }, [], punkte).fehlend[0]?.hinweis).toBe(
      "Es fehlt das Dokument „X“. Es ist nötig, weil „a“ größer als 0 ist und „b“ zutrifft.",
    );
    expect(pruefe({ a: 1, b: "nein" }, [], punkte).nichtNoetig).toEqual(["x"]);
  });

  test("a broken checklist gets a German error", () => {
    const error = (input: unknown) => {
      const outcome = prueflisteTool.call(input);
      return outcome.ok ? "" : outcome.fehler;
    };
    expect(
      error({
        punkte: [
          { id: "a", bezeichnung: "A" },
          { id: "a", bezeichnung: "B" },
        ],
      }),
    ).toBe("Die Prüfliste nennt den Punkt „a“ zweimal.");
    expect(error({ punkte: [{ id: "a", bezeichnung: "A", wenn: [{ feld: "x", ist: ">" }] }], felder: { x: 1 } })).toBe(
      "Die Bedingung zu „x“ mit „>“ braucht einen Wert.",
    );
    expect(error({ punkte: [{ id: "a", bezeichnung: "A", wenn: [{ feld: "x", ist: ">", wert: "viel" }] }], felder: { x: 1 } })).toContain(
      "vergleicht mit „viel“. Das ist keine Zahl.",
    );
    expect(error({ punkte: [] })).toContain("„punkte“ ist leer.");
    expect(error({ punkte: [{ id: "a" }] })).toContain("„punkte[0].bezeichnung“ fehlt.");
    expect(error({ punkte: [{ id: "a", bezeichnung: "A", wenn: [{ feld: "x", ist: "ungefähr" }] }] })).toContain(
      "„punkte[0].wenn[0].ist“ muss eines davon sein",
    );
  });
});
