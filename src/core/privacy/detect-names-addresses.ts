import type { PiiSpan } from "./pii-types";

const UPPER = "A-ZÄÖÜ";
const WORD = `[${UPPER}][\\p{Ll}ß'’]+(?:-[${UPPER}][\\p{Ll}ß'’]+)*`;
const NAME = `(?:${WORD}|[${UPPER}]\\.)(?:[ \\t]+(?:(?:von|van|de|zu|von der)[ \\t]+)?${WORD}){0,2}`;

/** Titles and roles between "Frau" and a name: skipped ("Frau Bürgermeisterin Schmidt" → "Schmidt"). */
const TITLES = new Set([
  "Bürgermeister",
  "Bürgermeisterin",
  "Landrat",
  "Landrätin",
  "Präsident",
  "Präsidentin",
  "Vorsitzende",
  "Vorsitzender",
  "Minister",
  "Ministerin",
  "Doktor",
  "Professor",
  "Professorin",
  "Rechtsanwalt",
  "Rechtsanwältin",
  "Kollegin",
  "Kollege",
  "Sachbearbeiterin",
  "Sachbearbeiter",
]);

/** Words that make the whole match a group or an office, not a person ("An: Team Digitalisierung"). */
const NOT_NAMES = new Set([
  "Kolleginnen",
  "Kollegen",
  "Damen",
  "Herren",
  "Team",
  "Amt",
  "Abteilung",
  "Referat",
  "Fachbereich",
  "Stadt",
  "Kreis",
  "Büro",
  "Bürgerbüro",
  "Sachbearbeitung",
  "Zusammen",
  "Alle",
  "Leitung",
  "Verwaltung",
  "Gemeinde",
  "Landkreis",
  "Kreisverwaltung",
  "Stadtverwaltung",
  "Der",
  "Die",
  "Das",
  "Im",
  "Mit",
  "Und",
  "Sie",
  "Ihr",
  "Ihre",
  "Ihnen",
  "Herr",
  "Frau",
]);

const SALUTATION = new RegExp(`(?:\\bHerrn?|\\bFrau|\\bFamilie|\\bDr\\.|\\bProf\\.)(?:[ \\t]+(?:Dr\\.|Prof\\.))*\\s+(${NAME})`, "gu");
const GREETING = new RegExp(`\\b(?:Hallo|Liebe|Lieber|Hi|Moin)[ \\t]+(${WORD})(?=[,!\\s])`, "gu");
const HEADER = new RegExp(`^\\*?(?:Von|An|Cc|From|To):\\*?[ \\t]*(${NAME})[ \\t]*(?:<[^>\\n]*>)?[ \\t]*$`, "gmu");
const CLOSING =
  /^(?:Mit freundlichen Grüßen|Freundliche Grüße|Viele Grüße|Beste Grüße|Herzliche Grüße|Liebe Grüße|Mit besten Grüßen|Vielen Dank und freundliche Grüße|Gruß|Grüße|Kind regards|Best regards)[,.!]?[ \t]*$/imu;
const SIGN_SKIP = /^(?:Im Auftrag|i\.\s?A\.|In Vertretung|i\.\s?V\.|Ihr|Ihre|Dein|Deine)?[ \t]*$/iu;
const SIGNATURE_NAME = new RegExp(`^[ \\t]*(${NAME})[ \\t]*$`, "u");

const STREET_WORDS = "straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|steig|markt|graben|wall|zeile|hof";
const STREET = new RegExp(
  `(?:\\b[${UPPER}][\\p{L}ß-]*(?:${STREET_WORDS})|\\b(?:Am|An der|An den|Im|In der|Auf dem|Auf der|Zum|Zur)[ \\t]+[${UPPER}][\\p{L}ß-]+)[ \\t]+\\d{1,4}(?:[ \\t]?[a-zA-Z](?![\\p{L}]))?(?:[-–/]\\d{1,4}[a-z]?)?(?![\\p{L}\\d])`,
  "gu",
);
const POSTCODE_TOWN = new RegExp(
  `(?<![\\d.,])\\b\\d{5}[ \\t]+(?!Euro\\b|EUR\\b|Einwohner)[${UPPER}][\\p{L}ß-]+(?:[ \\t](?:am|an der|im|in der|bei|ob der|vor der)[ \\t][${UPPER}][\\p{L}ß-]+)?`,
  "gu",
);

function nameSpans(text: string, pattern: RegExp): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    let value = match[1]!;
    let offset = match.index + match[0].lastIndexOf(value);
    if (NOT_NAMES.has(value.split(/[ \t]+/u)[0]!)) continue;
    // Drop title words at the front ("Frau Bürgermeisterin Schmidt" → "Schmidt").
    while (value && TITLES.has(value.split(/[ \t]+/u)[0]!)) {
      const rest = value.replace(/^\S+[ \t]*/u, "");
      offset += value.length - rest.length;
      value = rest;
    }
    if (value.length >= 2 && !NOT_NAMES.has(value) && !TITLES.has(value)) spans.push({ start: offset, end: offset + value.length, type: "PERSON" });
  }
  return spans;
}

/** Names in the signature: the first name-like line after the closing, skipping "Im Auftrag". */
function signatureSpans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // Word separates paragraphs with \r, browsers and Outlook with \n.
  const lines = text.split(/\r\n|\r|\n/u);
  const breaks = text.match(/\r\n|\r|\n/gu) ?? [];
  let offset = 0;
  let afterClosing = false;
  for (const [index, line] of lines.entries()) {
    if (CLOSING.test(line.trim())) afterClosing = true;
    else if (afterClosing && !SIGN_SKIP.test(line.trim())) {
      const match = SIGNATURE_NAME.exec(line);
      if (match && !NOT_NAMES.has(match[1]!.split(/[ \t]+/u)[0]!))
        spans.push({ start: offset + line.indexOf(match[1]!), end: offset + line.indexOf(match[1]!) + match[1]!.length, type: "PERSON" });
      afterClosing = false;
    }
    offset += line.length + (breaks[index]?.length ?? 0);
  }
  return spans;
}

const SALUTATION_WORDS = new Set(["Herr", "Herrn", "Frau", "Familie", "Dr.", "Prof.", "Hallo", "Liebe", "Lieber", "Hi", "Moin", "Guten", "Tag"]);
const FIRST_NAME_BEFORE = new RegExp(`(${WORD})[ \\t]+$`, "u");

/** Later mentions of a surname found elsewhere ("Albrecht" after "Herrn Jens Albrecht"), with a first name before it if there is one. */
function repeatedSurnames(text: string, found: PiiSpan[]): PiiSpan[] {
  const surnames = new Set(
    found
      .map((span) =>
        text
          .slice(span.start, span.end)
          .split(/[ \t]+/u)
          .at(-1)!,
      )
      .filter((name) => name.length >= 3 && !name.endsWith(".")),
  );
  const spans: PiiSpan[] = [];
  for (const surname of surnames) {
    const pattern = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}])`, "gu");
    for (const match of text.matchAll(pattern)) {
      const before = FIRST_NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index));
      const first = before && !SALUTATION_WORDS.has(before[1]!) && !NOT_NAMES.has(before[1]!) && !TITLES.has(before[1]!) ? before[0] : "";
      spans.push({ start: match.index - first.length, end: match.index + surname.length, type: "PERSON" });
    }
  }
  return spans;
}

/** Names of persons after salutations, in greetings, headers and signatures, and their repeated surnames. */
export function detectNames(text: string): PiiSpan[] {
  const found = [...nameSpans(text, SALUTATION), ...nameSpans(text, GREETING), ...nameSpans(text, HEADER), ...signatureSpans(text)];
  return [...found, ...repeatedSurnames(text, found)];
}

/** Street and house number; postcode and town. */
export function detectAddresses(text: string): PiiSpan[] {
  return [...text.matchAll(STREET), ...text.matchAll(POSTCODE_TOWN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: "ADRESSE" as const,
  }));
}
