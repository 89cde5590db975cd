import { dayOf, partsOf, weekdayOf, type Day } from "./civil-date";
import { easterSunday } from "./easter";
import { LAND_CODES, type Land } from "./laender";

/** The years the holiday rules below are complete for (Buß- und Bettag left most Länder in 1995). */
export const FIRST_YEAR = 1995;
export const LAST_YEAR = 2199;

interface HolidayRule {
  name: string;
  date: (year: number) => Day;
  laender: readonly Land[];
  /** First year the Land's holiday law names the day. */
  from?: number;
  /** One-off holidays: only these years. */
  years?: readonly number[];
}

const fixed = (month: number, date: number) => (year: number) => dayOf(year, month, date);
const afterEaster = (days: number) => (year: number) => easterSunday(year) + days;
/** Buß- und Bettag: the Wednesday before 23 November. */
const bussUndBettag = (year: number) => {
  const nov22 = dayOf(year, 11, 22);
  return nov22 - ((weekdayOf(nov22) - 3 + 7) % 7);
};

// Statewide public holidays as the Länder's holiday laws read in 2025.
const RULES: readonly HolidayRule[] = [
  { name: "Neujahr", date: fixed(1, 1), laender: LAND_CODES },
  { name: "Heilige Drei Könige", date: fixed(1, 6), laender: ["BW", "BY", "ST"] },
  { name: "Internationaler Frauentag", date: fixed(3, 8), laender: ["BE"], from: 2019 },
  { name: "Internationaler Frauentag", date: fixed(3, 8), laender: ["MV"], from: 2023 },
  { name: "Karfreitag", date: afterEaster(-2), laender: LAND_CODES },
  { name: "Ostermontag", date: afterEaster(1), laender: LAND_CODES },
  { name: "Tag der Arbeit", date: fixed(5, 1), laender: LAND_CODES },
  { name: "Tag der Befreiung", date: fixed(5, 8), laender: ["BE"], years: [2020, 2025] },
  { name: "Christi Himmelfahrt", date: afterEaster(39), laender: LAND_CODES },
  { name: "Pfingstmontag", date: afterEaster(50), laender: LAND_CODES },
  { name: "Fronleichnam", date: afterEaster(60), laender: ["BW", "BY", "HE", "NW", "RP", "SL"] },
  { name: "Mariä Himmelfahrt", date: fixed(8, 15), laender: ["SL"] },
  { name: "Weltkindertag", date: fixed(9, 20), laender: ["TH"], from: 2019 },
  { name: "Tag der Deutschen Einheit", date: fixed(10, 3), laender: LAND_CODES },
  { name: "Reformationstag", date: fixed(10, 31), laender: ["BB", "MV", "SN", "ST", "TH"] },
  { name: "Reformationstag", date: fixed(10, 31), laender: ["HB", "HH", "NI", "SH"], from: 2018 },
  { name: "Reformationstag", date: fixed(10, 31), laender: LAND_CODES, years: [2017] },
  { name: "Allerheiligen", date: fixed(11, 1), laender: ["BW", "BY", "NW", "RP", "SL"] },
  { name: "Buß- und Bettag", date: bussUndBettag, laender: ["SN"] },
  { name: "1. Weihnachtstag", date: fixed(12, 25), laender: LAND_CODES },
  { name: "2. Weihnachtstag", date: fixed(12, 26), laender: LAND_CODES },
];

/** Holidays that apply only in some communes of a Land; KoKI cannot know the authority's commune. */
export interface RegionalHoliday {
  name: string;
  date: (year: number) => Day;
  where: string;
}

export const REGIONAL_HOLIDAYS: Partial<Record<Land, readonly RegionalHoliday[]>> = {
  BY: [
    { name: "Augsburger Hohes Friedensfest", date: fixed(8, 8), where: "in der Stadt Augsburg" },
    { name: "Mariä Himmelfahrt", date: fixed(8, 15), where: "in Gemeinden mit überwiegend katholischer Bevölkerung" },
  ],
  SN: [{ name: "Fronleichnam", date: afterEaster(60), where: "in einigen Gemeinden des sorbischen Siedlungsgebiets im Landkreis Bautzen" }],
  TH: [{ name: "Fronleichnam", date: afterEaster(60), where: "in Gemeinden mit überwiegend katholischer Bevölkerung, vor allem im Eichsfeld" }],
};

const cache = new Map<string, ReadonlyMap<Day, string>>();

function applies(rule: HolidayRule, year: number, land: Land): boolean {
  if (!rule.laender.includes(land)) return false;
  if (rule.years) return rule.years.includes(year);
  return rule.from === undefined || year >= rule.from;
}

/** The statewide public holidays of one Land in one year, by day. */
export function holidaysOf(year: number, land: Land): ReadonlyMap<Day, string> {
  const key = `${year}-${land}`;
  let holidays = cache.get(key);
  if (!holidays) {
    const entries = RULES.filter((rule) => applies(rule, year, land)).map((rule) => [rule.date(year), rule.name] as const);
    holidays = new Map(entries.sort(([a], [b]) => a - b));
    cache.set(key, holidays);
  }
  return holidays;
}

export function holidayName(day: Day, land: Land): string | undefined {
  return holidaysOf(partsOf(day).year, land).get(day);
}

export function regionalHolidayOn(day: Day, land: Land): RegionalHoliday | undefined {
  const year = partsOf(day).year;
  return REGIONAL_HOLIDAYS[land]?.find((holiday) => holiday.date(year) === day);
}

/** What stops a day from being a working day under § 193 BGB: "Samstag", "Sonntag" or a holiday's name. */
export function nonWorkingReason(day: Day, land: Land): string | undefined {
  const holiday = holidayName(day, land);
  if (holiday) return holiday;
  const weekday = weekdayOf(day);
  if (weekday === 6) return "Samstag";
  if (weekday === 0) return "Sonntag";
  return undefined;
}
