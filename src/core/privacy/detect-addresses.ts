import { MONTH_NAMES_PATTERN } from "../text/german-months";
import type { PiiSpan } from "./pii-types";

/** Endings of one-word street names, matched with either case first ("Lindenstraße", "Karl-Marx-Allee"). */
const STREET_ENDINGS = [
  "straße",
  "strasse",
  "str.",
  "weg",
  "allee",
  "platz",
  "gasse",
  "ring",
  "damm",
  "ufer",
  "chaussee",
  "pfad",
  "steig",
  "stieg",
  "markt",
  "graben",
  "wall",
  "zeile",
  "hof",
  "kamp",
  "tor",
  "brücke",
  "kai",
  "promenade",
  "anger",
  "winkel",
  "bogen",
  "park",
  "garten",
  "gärten",
  "höhe",
  "feld",
  "wiese",
  "aue",
  "grund",
  "berg",
  "siedlung",
  "passage",
  "twiete",
  "redder",
  "terrasse",
  "deich",
  "koppel",
  "heide",
  "hain",
  "stätte",
  "blick",
]
  .map((ending) => `[${ending[0]}${ending[0]!.toUpperCase()}]${ending.slice(1).replace(".", "\\.")}`)
  .join("|");

/** Adjectives before a street: "Kölner Straße", "Alte Poststraße", "Am Alten Markt". */
const ADJECTIVE = String.raw`(?:(?:Alt|Neu|Groß|Klein|Lang|Hoh|Breit|Ober|Unter|Mittler|Vorder|Hinter|Inner|Äußer|Schön|Krumm|Still|Grün|Rot|Weiß|Schwarz|Heilig|Kurz|Tief|Hell|Dunkel|Eisern|Golden)e[nrs]?|Sankt|St\.|\p{Lu}[\p{L}-]*er)`;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}ß'’-]*`;
const STREET_NAME = String.raw`(?:${ADJECTIVE}[ \t]+){0,2}(?=\p{Lu})[\p{L}ß.-]*?(?:${STREET_ENDINGS})(?![\p{L}])`;
const PREPOSITION = String.raw`(?:Am|An der|An den|An dem|Auf dem|Auf der|Auf den|Im|In der|In den|In dem|Hinter der|Hinter dem|Hinter den|Vor dem|Vor der|Vor den|Zum|Zur|Zu den|Beim|Bei der|Bei den|Unter den|Unter der|Über der|Über dem|Neben der|Neben dem)`;
/** Nouns after "Am", "Im", "Zur" … that make a date, a time span or a place in a file, not a street ("Im Jahr 2025", "Am Montag 10"). */
const NOT_STREET = String.raw`(?:${MONTH_NAMES_PATTERN}|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Jahr|Jahre|Jahren|Monat|Monaten|Quartal|Zeitraum|Rahmen|Anschluss|Auftrag|Ergebnis|Anlage|Anhang|Sitzung|Abschnitt|Absatz|Kapitel|Fall|Punkt|Teil|Zeitpunkt|Alter|Vergleich|Durchschnitt|Umfang|Zeit|Bereich|Sinne|Übrigen|Einzelnen|Wert|Betrag|Zimmer|Raum|Saal|Ratssaal|Gebäude|Erdgeschoss|Obergeschoss|Geschoss|Stock|Haushalt|Haushaltsjahr|Schuljahr|Kalenderjahr|Ende|Anfang|Mittel|Moment|Jahresverlauf|Namen|Schreiben|Antrag|Bescheid|Vorjahr|Verfahren|TOP|Tagesordnungspunkt)(?![\p{L}])`;
const BEFORE_ATTRIBUTE = String.raw`(?:der|des|am|an der|zum|zur|vor dem)`;
/** House number with letter, range or fraction; not the start of a date, time, amount or count. */
const NUMBER = (digits: string) =>
  String.raw`[ \t]+\d{1,${digits}}(?:[ \t]?[a-zA-Z](?![\p{L}]))?(?:[ \t]?[-–/][ \t]?\d{1,4}[a-z]?)?(?![\p{L}\d]|[.,:]\d|\.[ \t]?(?:${MONTH_NAMES_PATTERN})|[ \t]*(?:Uhr|Euro|EUR|€|%|Prozent|Jahre|Monate|Tage|Wochen|Stunden|Minuten|Personen|Mal)(?![\p{L}]))`;

const STREETS = [
  // "Lindenstraße 17", "Kölner Straße 88", "Karl-Marx-Allee 90", "Goethestr. 12a".
  String.raw`(?<![\p{L}\d-])${STREET_NAME}${NUMBER("4")}`,
  // "Am Alten Markt 3", "An der Kirche 3", "Unter den Linden 5".
  String.raw`(?<![\p{L}\d-])${PREPOSITION}[ \t]+(?:${ADJECTIVE}[ \t]+)?(?!${NOT_STREET})${WORD}${NUMBER("3")}`,
  // "Platz der Republik 1", "Straße des 17. Juni 12".
  String.raw`(?<![\p{L}\d-])(?:${WORD}[ \t]+)?(?:Platz|Straße|Allee|Ufer|Ring|Weg|Damm|Brücke|Park|Markt|Chaussee)[ \t]+${BEFORE_ATTRIBUTE}[ \t]+(?:\d{1,2}\.[ \t]?(?:${MONTH_NAMES_PATTERN})|(?:${ADJECTIVE}[ \t]+)?${WORD})${NUMBER("3")}`,
];
/** Every street starts with a capital and has its number on the same line, at most 60 characters on: checked first, cheaply. */
const STREET = new RegExp(String.raw`(?=\p{Lu}[^\n\d]{0,60}\d)(?:${STREETS.join("|")})`, "gu");

const TOWN_PREFIX = String.raw`(?:(?:Bad|Sankt|St\.|Hann\.|Groß|Klein|Neu|Alt|Ost|West|Nord|Süd)[ \t]+)`;
const TOWN_JOIN = String.raw`(?:am|an der|an dem|im|in der|ob der|vor der|bei|a\.[ \t]?d\.|a\.|i\.)`;
const TOWN = String.raw`${TOWN_PREFIX}?${WORD}(?:[ \t]${TOWN_JOIN}[ \t](?!${NOT_STREET})${WORD})?(?:[ \t]?\(\p{Lu}[\p{L}ß]*\))?`;
const POSTCODE_TOWN = new RegExp(
  String.raw`(?<![\d.,\p{L}-])\d{5}[ \t]+(?!(?:Euro|EUR|Einwohner|Menschen|Personen|Fälle|Anträge|Beschäftigte|Stück)(?![\p{L}]))${TOWN}`,
  "gu",
);

/** A place of birth: "geboren in Ankara", "geb. am 12.03.1978 in Đà Nẵng", "Geburtsort: Köln". */
const PLACE = String.raw`${TOWN_PREFIX}?${WORD}(?:[ \t]${TOWN_JOIN}[ \t]${WORD}|[ \t]\p{Lu}[\p{L}\p{M}]+(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:\([^)\n]*\)[ \t]+)?geboren\b))?`;
const DATE = String.raw`\d{1,2}\.[ \t]?(?:\d{1,2}\.[ \t]?\d{2,4}|(?:${MONTH_NAMES_PATTERN})[ \t]\d{4})`;
const BIRTHPLACE = new RegExp(
  String.raw`(?:\b(?:geboren|geb\.)(?:[ \t]+(?:am[ \t]+)?${DATE})?,?[ \t]+in[ \t]+|\bGeburtsort[ \t]*:?[ \t]*)(${PLACE})|\bin[ \t]+(${PLACE})(?:[ \t]+\([^)\n]*\))?[ \t]+geboren\b`,
  "dgmu",
);

/** A line that starts with a street, a postcode and town, "c/o" or "Postfach": the line before may name the person. */
export const ADDRESS_LINE = new RegExp(String.raw`^[ \t]*(?:(?:${STREETS.join("|")})|\d{5}[ \t]+${WORD}|c\/o|Postfach)`, "u");

/** Street and house number; postcode and town; a place of birth. */
export function detectAddresses(text: string): PiiSpan[] {
  const spans = [...text.matchAll(STREET), ...text.matchAll(POSTCODE_TOWN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: "ADRESSE" as const,
  }));
  for (const match of text.matchAll(BIRTHPLACE)) {
    const [start, end] = match.indices![1] ?? match.indices![2]!;
    spans.push({ start, end, type: "ADRESSE" });
  }
  return spans;
}
