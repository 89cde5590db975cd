import { easterSunday, fristTool, holidaysOf, isoOf, parseDuration, type ToolSettings } from "../../../src/core/tools";

// Every expected date below is worked out by hand from §§ 187–193 BGB, § 31 VwVfG and § 41 Abs. 2 VwVfG;
// the weekdays were checked against a printed calendar. `why` says how, and is the test's name.

interface Case {
  why: string;
  beginn: string;
  dauer: string;
  ende: string;
  beginnMitzaehlen?: boolean;
  bekanntgabe?: boolean;
  settings?: ToolSettings;
  /** The first counted day, where the case is about it. */
  first?: string;
}

function frist(c: Pick<Case, "beginn" | "dauer" | "beginnMitzaehlen" | "bekanntgabe" | "settings">) {
  const outcome = fristTool.call({ beginn: c.beginn, dauer: c.dauer, beginnMitzaehlen: c.beginnMitzaehlen, bekanntgabe: c.bekanntgabe }, c.settings);
  if (!outcome.ok) throw new Error(outcome.fehler);
  return outcome.output;
}

const MONTH_ENDS: Case[] = [
  {
    why: "31.03. + 1 Monat: April has no 31st, so the last day of April, Wed 30.04.2025 (§ 188 Abs. 3)",
    beginn: "2025-03-31",
    dauer: "1 Monat",
    ende: "2025-04-30",
    first: "2025-04-01",
  },
  { why: "31.01. + 1 Monat in a common year: 28.02.2025, a Friday (§ 188 Abs. 3)", beginn: "2025-01-31", dauer: "1 Monat", ende: "2025-02-28" },
  { why: "31.01. + 1 Monat in a leap year: 29.02.2024, a Thursday (§ 188 Abs. 3)", beginn: "2024-01-31", dauer: "1 Monat", ende: "2024-02-29" },
  { why: "30.01. + 1 Monat: no 30 February, so Fri 28.02.2025", beginn: "2025-01-30", dauer: "einen Monat", ende: "2025-02-28" },
  { why: "28.01. + 1 Monat: the 28th exists, Fri 28.02.2025 (§ 188 Abs. 2)", beginn: "2025-01-28", dauer: "1 Monat", ende: "2025-02-28" },
  { why: "28.02. + 1 Monat is the 28th of March, not the month's end (Fri 28.03.2025)", beginn: "2025-02-28", dauer: "1 Monat", ende: "2025-03-28" },
  { why: "31.08. + 1 Monat: September has 30 days, Tue 30.09.2025", beginn: "2025-08-31", dauer: "1 Monat", ende: "2025-09-30" },
  {
    why: "30.11.2025 + 3 Monate: 28.02.2026 is a Saturday, so Mon 02.03.2026 (§ 188 Abs. 3, § 193)",
    beginn: "2025-11-30",
    dauer: "3 Monate",
    ende: "2026-03-02",
  },
  { why: "31.12.2025 + 2 Monate across the year: Sat 28.02.2026, so Mon 02.03.2026", beginn: "2025-12-31", dauer: "2 Monate", ende: "2026-03-02" },
  { why: "15.05. + 6 Monate: Sat 15.11.2025, so Mon 17.11.2025", beginn: "2025-05-15", dauer: "6 Monate", ende: "2025-11-17" },
  { why: "ein halbes Jahr is 6 months (§ 189 Abs. 1): 30.06. → Tue 30.12.2025", beginn: "2025-06-30", dauer: "ein halbes Jahr", ende: "2025-12-30" },
  {
    why: "§ 187 Abs. 2, from the beginning of 01.03.: 1 Monat ends the day before 01.04., Mon 31.03.2025",
    beginn: "2025-03-01",
    dauer: "1 Monat",
    beginnMitzaehlen: true,
    ende: "2025-03-31",
    first: "2025-03-01",
  },
  {
    why: "§ 187 Abs. 2 from 31.01.: the day before the 31st of February does not exist, so Fri 28.02.2025 (§ 188 Abs. 3)",
    beginn: "2025-01-31",
    dauer: "1 Monat",
    beginnMitzaehlen: true,
    ende: "2025-02-28",
  },
];

const YEARS: Case[] = [
  { why: "29.02.2024 + 1 Jahr: no 29 February 2025, so Fri 28.02.2025", beginn: "2024-02-29", dauer: "1 Jahr", ende: "2025-02-28" },
  { why: "28.02.2023 + 1 Jahr ends on the 28th even in a leap year: Wed 28.02.2024", beginn: "2023-02-28", dauer: "1 Jahr", ende: "2024-02-28" },
  { why: "29.02.2028 + 4 Jahre: 29.02.2032 exists but is a Sunday, so Mon 01.03.2032", beginn: "2028-02-29", dauer: "4 Jahre", ende: "2032-03-01" },
  {
    why: "10.06.2025 + 2 Jahre: Thu 10.06.2027, a working day in NW (Fronleichnam 2027 is 27 May)",
    beginn: "2025-06-10",
    dauer: "2 Jahre",
    ende: "2027-06-10",
  },
  {
    why: "§ 187 Abs. 2: ein Jahr from the beginning of 01.01.2025 ends Wed 31.12.2025",
    beginn: "2025-01-01",
    dauer: "1 Jahr",
    beginnMitzaehlen: true,
    ende: "2025-12-31",
    first: "2025-01-01",
  },
];

const WEEKS_AND_DAYS: Case[] = [
  { why: "Mon 07.04.2025 + 2 Wochen: Mon 21.04. is Ostermontag, so Tue 22.04.2025", beginn: "2025-04-07", dauer: "2 Wochen", ende: "2025-04-22" },
  { why: "Wed 12.03.2025 + 6 Wochen: the Wednesday six weeks on, 23.04.2025", beginn: "2025-03-12", dauer: "6 Wochen", ende: "2025-04-23" },
  {
    why: "Fri 12.12.2025 + zwei Wochen: Fri 26.12. (2. Weihnachtstag), then the weekend: Mon 29.12.2025",
    beginn: "2025-12-12",
    dauer: "zwei Wochen",
    ende: "2025-12-29",
  },
  {
    why: "§ 187 Abs. 2, from Tue 02.09.2025: 1 Woche ends the Monday before, 08.09.2025",
    beginn: "2025-09-02",
    dauer: "1 Woche",
    beginnMitzaehlen: true,
    ende: "2025-09-08",
  },
  {
    why: "Fri 19.09.2025 + 14 Tage: Fri 03.10. (Tag der Deutschen Einheit), then the weekend: Mon 06.10.2025",
    beginn: "2025-09-19",
    dauer: "14 Tage",
    ende: "2025-10-06",
  },
  { why: "22.12.2025 + 10 Tage: Thu 01.01.2026 (Neujahr), so Fri 02.01.2026", beginn: "2025-12-22", dauer: "10 Tage", ende: "2026-01-02" },
  {
    why: "§ 187 Abs. 2: 10 Tage from the beginning of 01.04.2025 end Thu 10.04.2025",
    beginn: "2025-04-01",
    dauer: "10 Tage",
    beginnMitzaehlen: true,
    ende: "2025-04-10",
  },
  { why: "ein halber Monat is 15 Tage (§ 189 Abs. 1): 03.03.2025 → Tue 18.03.2025", beginn: "2025-03-03", dauer: "einen halben Monat", ende: "2025-03-18" },
  { why: "31.01.2025 + 30 Tage: Sun 02.03.2025, so Mon 03.03.2025", beginn: "2025-01-31", dauer: "30 Tage", ende: "2025-03-03" },
];

const HOLIDAYS_NW: Case[] = [
  { why: "Ostermontag: 21.03.2025 + 1 Monat = Mon 21.04.2025, so Tue 22.04.2025", beginn: "2025-03-21", dauer: "1 Monat", ende: "2025-04-22" },
  { why: "Karfreitag: 18.04.2025, then Saturday, Sunday and Ostermontag: Tue 22.04.2025", beginn: "2025-03-18", dauer: "1 Monat", ende: "2025-04-22" },
  { why: "Pfingstmontag: 09.05.2025 + 1 Monat = Mon 09.06.2025, so Tue 10.06.2025", beginn: "2025-05-09", dauer: "1 Monat", ende: "2025-06-10" },
  { why: "Christi Himmelfahrt: Thu 29.05.2025, so Fri 30.05.2025", beginn: "2025-04-29", dauer: "1 Monat", ende: "2025-05-30" },
  { why: "Fronleichnam is a holiday in NW: Thu 19.06.2025, so Fri 20.06.2025", beginn: "2025-05-19", dauer: "1 Monat", ende: "2025-06-20" },
  { why: "Tag der Deutschen Einheit on a Saturday (03.10.2026): Mon 05.10.2026", beginn: "2026-09-03", dauer: "1 Monat", ende: "2026-10-05" },
  { why: "1. Weihnachtstag Thu 25.12.2025, 2. Weihnachtstag, weekend: Mon 29.12.2025", beginn: "2025-11-25", dauer: "1 Monat", ende: "2025-12-29" },
  { why: "24 December is no public holiday: Wed 24.12.2025 stays", beginn: "2025-11-24", dauer: "1 Monat", ende: "2025-12-24" },
  { why: "Neujahr: Thu 01.01.2026, so Fri 02.01.2026", beginn: "2025-12-01", dauer: "1 Monat", ende: "2026-01-02" },
  { why: "Tag der Arbeit: Thu 01.05.2025, so Fri 02.05.2025", beginn: "2025-04-01", dauer: "1 Monat", ende: "2025-05-02" },
  { why: "Allerheiligen is a holiday in NW: Fri 01.11.2024, so Mon 04.11.2024", beginn: "2024-10-01", dauer: "1 Monat", ende: "2024-11-04" },
  { why: "Reformationstag is no holiday in NW: Thu 31.10.2024 stays", beginn: "2024-10-17", dauer: "14 Tage", ende: "2024-10-31" },
  {
    why: "Reformationstag 2017 was a holiday everywhere: Tue 31.10.2017, Allerheiligen, so Thu 02.11.2017 in NW",
    beginn: "2017-10-17",
    dauer: "14 Tage",
    ende: "2017-11-02",
  },
  { why: "1 Monat from 03.04.2025: Sat 03.05.2025 moves to Mon 05.05.2025 (§ 193)", beginn: "2025-04-03", dauer: "1 Monat", ende: "2025-05-05" },
];

const OTHER_LAENDER: Case[] = [
  { why: "Fronleichnam is no holiday in NI: Thu 19.06.2025 stays", beginn: "2025-05-19", dauer: "1 Monat", ende: "2025-06-19", settings: { land: "NI" } },
  { why: "Fronleichnam is statewide in BY: Fri 20.06.2025", beginn: "2025-05-19", dauer: "1 Monat", ende: "2025-06-20", settings: { land: "BY" } },
  { why: "Allerheiligen is no holiday in NI: Fri 01.11.2024 stays", beginn: "2024-10-01", dauer: "1 Monat", ende: "2024-11-01", settings: { land: "NI" } },
  {
    why: "Reformationstag in NI since 2018: Thu 31.10.2024, so Fri 01.11.2024",
    beginn: "2024-10-17",
    dauer: "14 Tage",
    ende: "2024-11-01",
    settings: { land: "NI" },
  },
  { why: "Reformationstag in NI not yet in 2016: Mon 31.10.2016 stays", beginn: "2016-10-17", dauer: "14 Tage", ende: "2016-10-31", settings: { land: "NI" } },
  {
    why: "Reformationstag in SN also in 2016: Mon 31.10.2016, so Tue 01.11.2016",
    beginn: "2016-10-17",
    dauer: "14 Tage",
    ende: "2016-11-01",
    settings: { land: "SN" },
  },
  {
    why: "Buß- und Bettag in SN: Wed 19.11.2025 (the Wednesday before 23 November), so Thu 20.11.2025",
    beginn: "2025-10-19",
    dauer: "1 Monat",
    ende: "2025-11-20",
    settings: { land: "SN" },
  },
  { why: "Buß- und Bettag is no holiday in NW: Wed 19.11.2025 stays", beginn: "2025-10-19", dauer: "1 Monat", ende: "2025-11-19" },
  { why: "Heilige Drei Könige in BY: Tue 06.01.2026, so Wed 07.01.2026", beginn: "2025-12-06", dauer: "1 Monat", ende: "2026-01-07", settings: { land: "BY" } },
  { why: "Heilige Drei Könige is no holiday in NW: Tue 06.01.2026 stays", beginn: "2025-12-06", dauer: "1 Monat", ende: "2026-01-06" },
  {
    why: "Mariä Himmelfahrt is statewide in SL: Fri 15.08.2025, then the weekend: Mon 18.08.2025",
    beginn: "2025-07-15",
    dauer: "1 Monat",
    ende: "2025-08-18",
    settings: { land: "SL" },
  },
  {
    why: "Frauentag in BE since 2019: Fri 08.03.2024, so Mon 11.03.2024",
    beginn: "2024-02-08",
    dauer: "1 Monat",
    ende: "2024-03-11",
    settings: { land: "BE" },
  },
  { why: "Frauentag in BE not yet in 2018: Thu 08.03.2018 stays", beginn: "2018-02-08", dauer: "1 Monat", ende: "2018-03-08", settings: { land: "BE" } },
  {
    why: "Frauentag in MV since 2023: Wed 08.03.2023, so Thu 09.03.2023",
    beginn: "2023-02-08",
    dauer: "1 Monat",
    ende: "2023-03-09",
    settings: { land: "MV" },
  },
  { why: "Frauentag in MV not yet in 2022: Tue 08.03.2022 stays", beginn: "2022-02-08", dauer: "1 Monat", ende: "2022-03-08", settings: { land: "MV" } },
  {
    why: "8 May 2025 was a one-off holiday in BE: Thu 08.05.2025, so Fri 09.05.2025",
    beginn: "2025-04-08",
    dauer: "1 Monat",
    ende: "2025-05-09",
    settings: { land: "BE" },
  },
  { why: "8 May 2026 is no holiday in BE: Fri 08.05.2026 stays", beginn: "2026-04-08", dauer: "1 Monat", ende: "2026-05-08", settings: { land: "BE" } },
  { why: "Weltkindertag in TH: Fri 20.09.2024, so Mon 23.09.2024", beginn: "2024-08-20", dauer: "1 Monat", ende: "2024-09-23", settings: { land: "TH" } },
];

const BEKANNTGABE: Case[] = [
  {
    why: "posted Mon 10.03.2025, known on the 4th day, Fri 14.03.; 1 Monat → Mon 14.04.2025",
    beginn: "2025-03-10",
    dauer: "1 Monat",
    bekanntgabe: true,
    ende: "2025-04-14",
    first: "2025-03-15",
  },
  {
    why: "posted Mon 10.03.2025, 4 days: Fri 14.03. + 2 Wochen = Fri 28.03.2025",
    beginn: "2025-03-10",
    dauer: "2 Wochen",
    bekanntgabe: true,
    ende: "2025-03-28",
  },
  {
    why: "bekanntgabeTage 3 set by the office: Thu 13.03. + 2 Wochen = Thu 27.03.2025",
    beginn: "2025-03-10",
    dauer: "2 Wochen",
    bekanntgabe: true,
    ende: "2025-03-27",
    settings: { bekanntgabeTage: 3 },
  },
  {
    why: "posted Mon 04.11.2024, before 2025 the 3rd day: Thu 07.11.; 1 Monat = Sat 07.12., so Mon 09.12.2024",
    beginn: "2024-11-04",
    dauer: "1 Monat",
    bekanntgabe: true,
    ende: "2024-12-09",
  },
  {
    why: "posted Fri 27.12.2024 under the old law: Mon 30.12.2024; 1 Monat → Thu 30.01.2025",
    beginn: "2024-12-27",
    dauer: "1 Monat",
    bekanntgabe: true,
    ende: "2025-01-30",
  },
  {
    why: "posted Tue 11.03.2025: the 4th day is Sat 15.03. and stays (BSG); 1 Monat → Tue 15.04.2025",
    beginn: "2025-03-11",
    dauer: "1 Monat",
    bekanntgabe: true,
    ende: "2025-04-15",
    first: "2025-03-16",
  },
  {
    why: "the same with bekanntgabeVerschieben (BFH): Mon 17.03.; 1 Monat → Thu 17.04.2025",
    beginn: "2025-03-11",
    dauer: "1 Monat",
    bekanntgabe: true,
    ende: "2025-04-17",
    first: "2025-03-18",
    settings: { bekanntgabeVerschieben: true },
  },
  {
    why: "posted Mon 14.04.2025: the 4th day is Karfreitag and stays; 1 Monat = Sun 18.05., so Mon 19.05.2025",
    beginn: "2025-04-14",
    dauer: "1 Monat",
    bekanntgabe: true,
    ende: "2025-05-19",
  },
  {
    why: "the same, moved off Karfreitag to Tue 22.04. (after Ostermontag); 1 Monat → Thu 22.05.2025",
    beginn: "2025-04-14",
    dauer: "1 Monat",
    bekanntgabe: true,
    ende: "2025-05-22",
    settings: { bekanntgabeVerschieben: true },
  },
];

describe("frist: deadlines by §§ 187–193 BGB", () => {
  const cases = [...MONTH_ENDS, ...YEARS, ...WEEKS_AND_DAYS, ...HOLIDAYS_NW, ...OTHER_LAENDER, ...BEKANNTGABE];

  test("at least 40 hand-worked cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));

  test.each(cases)("$why", (c) => {
    const result = frist(c);
    expect(result.ende).toBe(c.ende);
    if (c.first) expect(result.beginn).toBe(c.first);
  });
});

describe("frist: the begruendung names each rule applied", () => {
  test("the example of the CLI: event day, § 188 Abs. 3, working day", () => {
    const { begruendung } = frist({ beginn: "2025-03-31", dauer: "1 Monat" });
    expect(begruendung).toContain("Der Ereignistag 31.03.2025 wird nicht mitgerechnet (§ 187 Abs. 1 BGB).");
    expect(begruendung).toContain("Einen 31. gibt es im April 2025 nicht");
    expect(begruendung).toContain("Mittwoch, 30.04.2025 (§ 188 Abs. 3 BGB)");
    expect(begruendung).toContain("Die Frist endet am Mittwoch, 30.04.2025, um 24:00 Uhr.");
  });

  test("a Saturday end moves, and the begruendung says from where to where", () => {
    const { begruendung } = frist({ beginn: "2025-04-03", dauer: "1 Monat" });
    expect(begruendung).toContain(
      "Das Fristende fiele auf Samstag, 03.05.2025. Auch Sonntag, 04.05.2025 ist kein Werktag. Es verschiebt sich auf den nächsten Werktag, Montag, 05.05.2025 (§ 193 BGB, § 31 Abs. 3 VwVfG).",
    );
  });

  test("a holiday is named with its Land", () => {
    const { begruendung } = frist({ beginn: "2025-05-19", dauer: "1 Monat" });
    expect(begruendung).toContain("Donnerstag, 19.06.2025 (Fronleichnam), ein gesetzlicher Feiertag in Nordrhein-Westfalen");
  });

  test("a fictive day on a Saturday stays, with the case law and the other view's end", () => {
    const { begruendung } = frist({ beginn: "2025-03-11", dauer: "1 Monat", bekanntgabe: true });
    expect(begruendung).toContain(
      "am vierten Tag danach als bekannt gegeben (§ 41 Abs. 2 Satz 1 VwVfG in der seit 01.01.2025 geltenden Fassung): am Samstag, 15.03.2025",
    );
    expect(begruendung).toContain("B 14 AS 12/09 R");
    expect(begruendung).toContain("die Frist endete dann am Donnerstag, 17.04.2025");
  });

  test("the moved fictive day says it was the office's choice", () => {
    const { begruendung } = frist({ beginn: "2025-03-11", dauer: "1 Monat", bekanntgabe: true, settings: { bekanntgabeVerschieben: true } });
    expect(begruendung).toContain("Nach der gewählten Einstellung verschiebt sich die Bekanntgabe auf den nächsten Werktag, Montag, 17.03.2025");
    expect(begruendung).not.toContain("Gegenansicht");
  });

  test("the old three days before 2025, and an office's own number of days", () => {
    expect(frist({ beginn: "2024-11-04", dauer: "1 Monat", bekanntgabe: true }).begruendung).toContain("am dritten Tag danach");
    expect(frist({ beginn: "2025-03-10", dauer: "1 Monat", bekanntgabe: true, settings: { bekanntgabeTage: 3 } }).begruendung).toContain(
      "eingestellt sind 3 Tage",
    );
  });

  test("regional holidays are out of scope, and said so; an end on one gets a warning with the later date", () => {
    const { ende, begruendung } = frist({ beginn: "2025-07-15", dauer: "1 Monat", settings: { land: "BY" } });
    expect(ende).toBe("2025-08-15");
    expect(begruendung).toContain("Feiertage, die nur in einzelnen Gemeinden gelten");
    expect(begruendung).toContain("Achtung: Der 15.08.2025 ist in Gemeinden mit überwiegend katholischer Bevölkerung ein Feiertag (Mariä Himmelfahrt).");
    expect(begruendung).toContain("endet die Frist erst am Montag, 18.08.2025");
    const sachsen = frist({ beginn: "2025-05-19", dauer: "1 Monat", settings: { land: "SN" } });
    expect(sachsen.ende).toBe("2025-06-19");
    expect(sachsen.begruendung).toContain("sorbischen Siedlungsgebiets");
    expect(frist({ beginn: "2025-05-19", dauer: "1 Monat" }).begruendung).not.toContain("einzelnen Gemeinden");
  });

  test("the Land may be given by name or as NRW", () => {
    expect(frist({ beginn: "2025-05-19", dauer: "1 Monat", settings: { land: "Niedersachsen" } }).ende).toBe("2025-06-19");
    expect(frist({ beginn: "2025-05-19", dauer: "1 Monat", settings: { land: "nrw" } }).ende).toBe("2025-06-20");
  });
});

describe("frist: bad input gets a clear German error", () => {
  const error = (input: Record<string, unknown>, settings?: ToolSettings) => {
    const outcome = fristTool.call(input, settings);
    if (outcome.ok) throw new Error(`expected an error, got ${outcome.output.ende}`);
    return outcome.fehler;
  };

  test.each([
    [{ beginn: "2025-03-31", dauer: "3 Stunden" }, "KoKI versteht die Dauer „3 Stunden“ nicht."],
    [{ beginn: "2025-03-31", dauer: "" }, "Die Dauer fehlt."],
    [{ beginn: "2025-03-31", dauer: "0 Tage" }, "Eine Frist dauert mindestens 1 Tag."],
    [{ beginn: "2025-03-31", dauer: "5 Werktage" }, "Fristen in Werktagen oder Arbeitstagen rechnet KoKI nicht."],
    [{ beginn: "2025-03-31", dauer: "1,5 Monate" }, "KoKI versteht die Dauer „1,5 Monate“ nicht."],
    [{ beginn: "2025-02-30", dauer: "1 Monat" }, "„2025-02-30“ ist kein gültiges Datum."],
    [{ beginn: "31.03.2025", dauer: "1 Monat" }, "„beginn“ muss ein Datum in der Form JJJJ-MM-TT sein"],
    [{ dauer: "1 Monat" }, "„beginn“ fehlt."],
    [{ beginn: "2025-03-31", dauer: "1 Monat", bekanntgabe: "ja" }, "„bekanntgabe“ muss true oder false sein."],
    [{ beginn: "2025-03-31", dauer: "1 Monat", land: "BY" }, "Unbekannte Angabe: „land“."],
    [{ beginn: "1990-03-31", dauer: "1 Monat" }, "KoKI berechnet Fristen für die Jahre 1995 bis 2199."],
    [{ beginn: "2025-03-31", dauer: "99999 Jahre" }, "Das Fristende"],
    [{ beginn: "2025-03-31", dauer: "1 Monat", bekanntgabe: true, beginnMitzaehlen: true }, "Bei einer Bekanntgabe zählt deren Tag nie mit"],
  ])("%j", (input, message) => {
    expect(error(input)).toContain(message);
  });

  test("the office's settings are checked too", () => {
    expect(error({ beginn: "2025-03-31", dauer: "1 Monat" }, { land: "XX" })).toContain(
      "Das Land „XX“ kennt KoKI nicht. Bitte nennen Sie ein Kürzel: BW, BY, BE",
    );
    expect(error({ beginn: "2025-03-31", dauer: "1 Monat", bekanntgabe: true }, { bekanntgabeTage: 0 })).toContain("ganze Zahl von 1 bis 30");
  });
});

describe("frist: durations", () => {
  test.each([
    ["14 Tage", 14, "tage"],
    ["2 Wochen", 2, "wochen"],
    ["1 Monat", 1, "monate"],
    ["3 Monate", 3, "monate"],
    ["1 Jahr", 1, "jahre"],
    ["einen Monat", 1, "monate"],
    ["zwei Wochen", 2, "wochen"],
    ["6 Wochen", 6, "wochen"],
    ["vierzehn Tage", 14, "tage"],
    ["Zwölf Monate", 12, "monate"],
    ["einundzwanzig Tagen", 21, "tage"],
    ["  3   MONATE ", 3, "monate"],
    ["ein halbes Jahr", 6, "monate"],
    ["Vierteljahr", 3, "monate"],
    ["ein halber Monat", 15, "tage"],
  ])("%s", (text, count, unit) => {
    expect(parseDuration(text)).toMatchObject({ count, unit });
  });
});

describe("public holidays", () => {
  test.each([
    // Easter Sundays from published calendars, including the earliest (22 March) and latest (25 April) possible dates.
    [1818, "1818-03-22"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter %i is %s", (year, date) => {
    expect(isoOf(easterSunday(year))).toBe(date);
  });

  const list = (year: number, land: Parameters<typeof holidaysOf>[1]) => [...holidaysOf(year, land)].map(([day, name]) => `${isoOf(day)} ${name}`);

  test("NW 2025 has its eleven holidays, in order", () => {
    expect(list(2025, "NW")).toEqual([
      "2025-01-01 Neujahr",
      "2025-04-18 Karfreitag",
      "2025-04-21 Ostermontag",
      "2025-05-01 Tag der Arbeit",
      "2025-05-29 Christi Himmelfahrt",
      "2025-06-09 Pfingstmontag",
      "2025-06-19 Fronleichnam",
      "2025-10-03 Tag der Deutschen Einheit",
      "2025-11-01 Allerheiligen",
      "2025-12-25 1. Weihnachtstag",
      "2025-12-26 2. Weihnachtstag",
    ]);
  });

  test.each([
    // Statewide holidays per Land in 2025: the nine common ones plus the Land's own.
    ["BW", 12],
    ["BY", 12],
    ["BE", 11],
    ["BB", 10],
    ["HB", 10],
    ["HH", 10],
    ["HE", 10],
    ["MV", 11],
    ["NI", 10],
    ["NW", 11],
    ["RP", 11],
    ["SL", 12],
    ["SN", 11],
    ["ST", 11],
    ["SH", 10],
    ["TH", 11],
  ] as const)("%s has %i holidays in 2025", (land, count) => {
    expect(holidaysOf(2025, land).size).toBe(count);
  });

  test("Buß- und Bettag is the Wednesday before 23 November, also when the 22nd is a Wednesday", () => {
    expect(list(2023, "SN")).toContain("2023-11-22 Buß- und Bettag");
    expect(list(2024, "SN")).toContain("2024-11-20 Buß- und Bettag");
    expect(list(2025, "SN")).toContain("2025-11-19 Buß- und Bettag");
  });
});
