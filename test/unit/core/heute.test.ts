import { heuteTool, type ToolSettings } from "../../../src/core/tools";

const at = (iso: string) => () => new Date(iso);

function heute(settings: ToolSettings) {
  const outcome = heuteTool.call({}, settings);
  if (!outcome.ok) throw new Error(outcome.fehler);
  return outcome.output;
}

describe("heute: today in the office's time zone", () => {
  test.each([
    // UTC instant → the date and time a clock in Berlin shows.
    ["2025-03-12T10:00:00Z", "2025-03-12", "11:00", "Mittwoch"], // winter time, UTC+1
    ["2025-07-01T10:00:00Z", "2025-07-01", "12:00", "Dienstag"], // summer time, UTC+2
    ["2025-03-29T22:59:00Z", "2025-03-29", "23:59", "Samstag"], // one minute before midnight, still winter time
    ["2025-03-29T23:00:00Z", "2025-03-30", "00:00", "Sonntag"], // midnight in Berlin while UTC is still on the 29th
    ["2025-03-30T00:59:00Z", "2025-03-30", "01:59", "Sonntag"], // last minute before the clocks go forward
    ["2025-03-30T01:00:00Z", "2025-03-30", "03:00", "Sonntag"], // 02:00 CET becomes 03:00 CEST
    ["2025-03-30T21:59:00Z", "2025-03-30", "23:59", "Sonntag"], // the first summer-time evening: UTC+2
    ["2025-03-30T22:00:00Z", "2025-03-31", "00:00", "Montag"], // midnight now comes at 22:00 UTC
    ["2025-10-25T21:59:00Z", "2025-10-25", "23:59", "Samstag"], // last summer-time evening
    ["2025-10-26T00:30:00Z", "2025-10-26", "02:30", "Sonntag"], // the first 02:30, still CEST
    ["2025-10-26T01:30:00Z", "2025-10-26", "02:30", "Sonntag"], // the repeated 02:30, now CET
    ["2025-10-26T22:59:00Z", "2025-10-26", "23:59", "Sonntag"], // winter time again: UTC+1
    ["2025-10-26T23:00:00Z", "2025-10-27", "00:00", "Montag"],
    ["2024-12-31T23:00:00Z", "2025-01-01", "00:00", "Mittwoch"], // New Year in Berlin, still 2024 in UTC
    ["2024-02-29T12:00:00Z", "2024-02-29", "13:00", "Donnerstag"], // a leap day
  ])("%s → %s %s", (instant, datum, uhrzeit, wochentag) => {
    expect(heute({ now: at(instant) })).toMatchObject({ datum, uhrzeit, wochentag, zeitzone: "Europe/Berlin" });
  });

  test("another time zone gives another date at the same instant", () => {
    expect(heute({ now: at("2025-03-29T23:30:00Z"), zeitzone: "UTC" })).toMatchObject({ datum: "2025-03-29", uhrzeit: "23:30" });
    expect(heute({ now: at("2025-03-29T23:30:00Z"), zeitzone: "America/New_York" })).toMatchObject({ datum: "2025-03-29", uhrzeit: "19:30" });
  });

  test("the begruendung says the date, the time and the zone; a holiday of the Land is named", () => {
    const ostermontag = heute({ now: at("2025-04-21T08:00:00Z") });
    expect(ostermontag.feiertag).toBe("Ostermontag");
    expect(ostermontag.begruendung).toBe(
      "Heute ist Montag, 21.04.2025. Es ist 10:00 Uhr in der Zeitzone Europe/Berlin. Heute ist Ostermontag, ein gesetzlicher Feiertag in Nordrhein-Westfalen.",
    );
    expect(heute({ now: at("2025-06-19T08:00:00Z"), land: "NI" }).feiertag).toBeUndefined();
    expect(heute({ now: at("2025-06-19T08:00:00Z"), land: "NW" }).feiertag).toBe("Fronleichnam");
  });

  test("without a clock, it uses the real one", () => {
    const before = Date.now();
    const { datum } = heute({ zeitzone: "UTC" });
    const after = Date.now();
    expect([new Date(before).toISOString().slice(0, 10), new Date(after).toISOString().slice(0, 10)]).toContain(datum);
  });

  test("an unknown time zone, a broken clock and input the tool does not take get German errors", () => {
    expect(heuteTool.call({}, { zeitzone: "Mond/Krater" })).toEqual({
      ok: false,
      fehler: "Die Zeitzone „Mond/Krater“ kennt KoKI nicht. Bitte stellen Sie eine Zeitzone wie „Europe/Berlin“ ein.",
    });
    expect(heuteTool.call({}, { now: () => new Date(Number.NaN) })).toEqual({ ok: false, fehler: "Die Uhr liefert keine gültige Zeit." });
    expect(heuteTool.call({ zeitzone: "UTC" })).toMatchObject({ ok: false, fehler: expect.stringContaining("Unbekannte Angabe: „zeitzone“.") });
  });
});
