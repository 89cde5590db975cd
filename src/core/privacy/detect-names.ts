import { escapeRegExp } from "../text/patterns";
import { ADDRESS_LINE } from "./detect-addresses";
import { FIRST_NAMES } from "./first-names";
import { CLOSING, CLOSING_WITH_NAME, DIRECT_CUE, GREETING_WORD, KIN, NAME_FIELD, POSSESSIVE, ROLE, SALUTATION_WORD } from "./name-cues";
import { CAPS_WORD, CUED_NAME, GAP, NAME, NAME_WORD, ORGANISATION, PARTICLE, TITLE_ABBREVIATIONS, TITLES, notAName } from "./name-patterns";
import type { PiiSpan } from "./pii-types";

const TITLED = String.raw`(?:${TITLE_ABBREVIATIONS}[ \t]*)*`;
const SALUTED = String.raw`(?:${SALUTATION_WORD}[ \t]+)?${TITLED}`;
/** "Müller, Hans" as forms and mail programs write it. */
const SURNAME_FIRST = String.raw`${NAME_WORD},${GAP}?${NAME_WORD}(?=[ \t]*(?:<|\[|\(|;|$))`;
const EMAIL_IN_BRACKETS = String.raw`[ \t]*(?:<[^<>\s]+@[^<>\s]+>|\[mailto:[^\]\s]+\])`;
const AND = String.raw`[ \t]+(?:und|&)[ \t]+`;

/**
 * Patterns whose groups hold names, each behind a cue that vouches for it.
 * `needs` says what the text must hold at all for the cue to occur; without
 * it the pattern would try every capitalised word for nothing.
 */
const PATTERNS: { pattern: RegExp; needs?: RegExp }[] = [
  // "Sehr geehrter Herr Dr. Albrecht", "Herrn\nJens Albrecht", "Frau von der Leyen", "Dr. Weißenfels", "Eheleute Irina und Viktor Petrow".
  {
    pattern: new RegExp(
      String.raw`(?:\b${SALUTATION_WORD}(?:\s+${TITLE_ABBREVIATIONS})*|(?<![\p{L}.])(?:Dr|Prof)\.(?:[ \t]+${TITLE_ABBREVIATIONS})*)\s+(${CUED_NAME})(?:${AND}(${CUED_NAME})(?=[ \t]*(?:$|[,.;])))?`,
      "dgmu",
    ),
  },
  { pattern: new RegExp(String.raw`\b${GREETING_WORD}[ \t]+(${NAME_WORD}(?:${GAP}${NAME_WORD})?)(?=[,!]|[ \t]*$)`, "dgmu") },
  // Form fields and roles with a colon: "Name: MÜLLER", "Antragstellerin: Mehmet Aydın", "Name, Vorname: Aydın, Mehmet".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:${NAME_FIELD}|${ROLE})[ \t]*:[ \t]*(?:\r?\n[ \t]*)?${SALUTED}(${SURNAME_FIRST}|${CUED_NAME}|${CAPS_WORD}(?:${GAP}${NAME_WORD})?)`,
      "dgmu",
    ),
  },
  // Roles without a colon, more strictly: two name words, or one before a comma or the line end ("der Kläger Müller, vertreten …").
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:${ROLE})[ \t]+${TITLED}(${NAME_WORD}${GAP}(?:${PARTICLE}${GAP})?${NAME_WORD}|${NAME_WORD}(?=[ \t]*[,;)]|[ \t]*$))`,
      "dgmu",
    ),
  },
  // "vertreten durch Rechtsanwältin Dr. Klein", "z. Hd. Frau Lenz", "c/o Aydın", "i. A. Peters", "gez. Lange".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])${DIRECT_CUE}:?[ \t]+${SALUTED}(?:(?:Rechtsanwalt|Rechtsanwältin|Notar|Notarin)[ \t]+${TITLED})?(${CUED_NAME})`,
      "dgu",
    ),
  },
  // "Ihr Sohn Lukas", "meine Tochter, Emma Berger,".
  { pattern: new RegExp(String.raw`(?<![\p{L}])${POSSESSIVE}[ \t]+${KIN}[ \t]*,?[ \t]+${TITLED}(${NAME})`, "dgu") },
  // A name before its address in angle brackets, and in quoted mail: "schrieb Joachim Reuter:".
  { pattern: new RegExp(String.raw`(?<![\p{L}\d.@-])"?(${SURNAME_FIRST}|${NAME})"?(?=[ \t]*[<[])${EMAIL_IN_BRACKETS}`, "dgu"), needs: /[<[]/u },
  { pattern: new RegExp(String.raw`\bschrieb[ \t]+${SALUTED}(${CUED_NAME})(?=[ \t]*(?:<|:|$))`, "dgmu"), needs: /schrieb/u },
  // A name before a date or place of birth ("Lena Berger, geb. 03.04.2015"), and a birth name ("geb. Schmidt").
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}]|\bin[ \t]+)(${NAME_WORD}(?:${GAP}(?:${PARTICLE}${GAP})?${NAME_WORD}){1,2})(?=,?[ \t]+\(?(?:geb\.|geboren|\*[ \t]?\d))`,
      "dgu",
    ),
    needs: /geb\.|geboren|\*[ \t]?\d/u,
  },
  { pattern: new RegExp(String.raw`(?<![\p{L}])geb\.[ \t]+(${NAME_WORD})(?![ \t]*\d)`, "dgu"), needs: /geb\./u },
  // A known given name before a surname, with no cue at all: "Jana Wolf hat angerufen".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{M}-])((?:${[...FIRST_NAMES].join("|")})(?:${GAP}${NAME_WORD}){0,1}${GAP}(?:\p{Lu}\.${GAP})?(?:${PARTICLE}${GAP})?${NAME_WORD})`,
      "dgu",
    ),
  },
];

/** Lines that list people after a label: "Anwesend: Herr Bauer (Ortsvorsteher), Frau Kessler". */
const LIST =
  /^[ \t]*(?:Anwesend|Teilnehmende|Teilnehmer(?:innen|\/innen|\*innen)?|Entschuldigt|Abwesend|Verteiler|Gäste|Mitglieder|Beteiligte|Bedarfsgemeinschaft|Haushaltsangehörige|Kinder|Erben|Unterzeichnende)[ \t]*:[ \t]*(.+)$/dgmu;
const LIST_ENTRY = new RegExp(String.raw`^[ \t]*${SALUTED}(${CUED_NAME})[ \t]*(?:\([^)]*\))?[ \t]*$`, "du");

/** E-mail header lines may list several people: "An: Lenz, Sabine; Thomas Berger <t.berger@…>". */
const HEADER = new RegExp(
  String.raw`^\*?(?:Von|An|Cc|Bcc|From|To|Gesendet von|Antwort an|Reply-To):\*?[ \t]*((?:(?:${SURNAME_FIRST}|${NAME})(?:${EMAIL_IN_BRACKETS})?[ \t]*(?:[;,][ \t]*|$))+)`,
  "dgmu",
);
const HEADER_ENTRY = new RegExp(String.raw`${SURNAME_FIRST}|${NAME}`, "gmu");

const LEADING = new RegExp(String.raw`^(?:${ROLE}|${KIN})$`, "u");
const COMPANY_AFTER = /^[ \t]*(?:GmbH|AG|KG|OHG|UG|eG|e\.\s?V\.|mbH|GbR|&\s?Co\.?)(?![\p{L}])/u;
const LONE = new RegExp(String.raw`^(?:${PARTICLE}|\p{Lu}\.)$`, "u");

/**
 * The name proper in text[start, end): title and role words at the front
 * are dropped, and the name ends before a word that is plainly not a name.
 * A group, an office or a company is no name at all.
 */
function nameSpan(text: string, start: number, end: number): PiiSpan | undefined {
  const words = [...text.slice(start, end).matchAll(/[^ \t\u00a0,]+/gu)];
  let first = 0;
  while (first < words.length && (TITLES.has(words[first]![0]) || LEADING.test(words[first]![0]))) first++;
  let last = first;
  while (last < words.length && !(last > first && notAName(words[last]![0]))) last++;
  const kept = words.slice(first, last);
  if (kept.length === 0 || kept.some((word) => notAName(word[0])) || kept.every((word) => LONE.test(word[0]))) return undefined;
  const from = start + kept[0]!.index;
  const to = start + kept.at(-1)!.index + kept.at(-1)![0].length;
  if (to - from < 2 || (last === words.length && COMPANY_AFTER.test(text.slice(to, to + 12)))) return undefined;
  return { start: from, end: to, type: "PERSON" };
}

function cueSpans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const { pattern, needs } of PATTERNS) {
    if (needs && !needs.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      for (const range of match.indices!.slice(1)) {
        const span = range && nameSpan(text, range[0], range[1]);
        if (span) spans.push(span);
      }
    }
  }
  for (const match of text.matchAll(LIST)) {
    const [start] = match.indices![1]!;
    for (const entry of match[1]!.matchAll(/[^,;]+/gu)) spans.push(...lineNames(text, entry[0], start + entry.index, LIST_ENTRY));
  }
  for (const match of text.matchAll(HEADER)) {
    const [start, end] = match.indices![1]!;
    for (const entry of text.slice(start, end).matchAll(HEADER_ENTRY)) {
      const span = nameSpan(text, start + entry.index, start + entry.index + entry[0].length);
      if (span) spans.push(span);
    }
  }
  return spans;
}

const LINE_NAME = new RegExp(String.raw`^[ \t]*${SALUTED}(${CUED_NAME})(?:${AND}${SALUTED}(${CUED_NAME}))?[ \t]*,?[ \t]*$`, "du");
const SIGN_SKIP = /^(?:Im Auftrag|i\.\s?A\.|In Vertretung|i\.\s?V\.|Ihr|Ihre|Dein|Deine|Euer|Eure|gez\.|--)?[ \t]*$/iu;
const CLOSING_NAME = CLOSING_WITH_NAME(NAME);

/** Lines with their offsets; Word separates paragraphs with \r, browsers and Outlook with \n. */
function lines(text: string): { line: string; offset: number }[] {
  const all: { line: string; offset: number }[] = [];
  for (const match of text.matchAll(/[^\r\n]*/gu)) if (match[0] !== "" || all.length === 0) all.push({ line: match[0], offset: match.index });
  return all;
}

/** Names that make up a whole line (with "Herrn", titles, or two joined by "und"). */
function lineNames(text: string, line: string, offset: number, pattern = LINE_NAME): PiiSpan[] {
  const match = pattern.exec(line);
  if (!match) return [];
  return match.indices!.slice(1).flatMap((range) => (range ? (nameSpan(text, offset + range[0], offset + range[1]) ?? []) : []));
}

/**
 * Names by their place in a letter: the signature after the closing
 * (skipping "Im Auftrag"), a closing with the name on the same line
 * ("Viele Grüße, Sabine"), and a name line right above a street or a
 * postcode and town (an address block without "Herrn" or "Frau").
 */
function layoutSpans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const all = lines(text);
  let afterClosing = false;
  for (const [index, { line, offset }] of all.entries()) {
    const trimmed = line.trim();
    const inline = lineNames(text, line, offset, CLOSING_NAME);
    if (inline.length > 0) {
      spans.push(...inline);
      afterClosing = false;
    } else if (CLOSING.test(trimmed)) afterClosing = true;
    else if (afterClosing && !SIGN_SKIP.test(trimmed)) {
      spans.push(...lineNames(text, line, offset));
      afterClosing = false;
    }
    const next = all[index + 1];
    if (next && ADDRESS_LINE.test(next.line) && !ADDRESS_LINE.test(line)) spans.push(...lineNames(text, line, offset));
  }
  return spans;
}

const NOT_FIRST_NAMES = new Set(["Dr.", "Prof.", "Hallo", "Liebe", "Lieber", "Hi", "Moin", "Guten", "Sehr"]);
const WORD_BEFORE = new RegExp(`(${NAME_WORD})${GAP}$`, "u");

/** Later mentions of a surname found elsewhere ("Albrecht" after "Herrn Jens Albrecht"), with a first name before it if there is one. */
function repeatedSurnames(text: string, found: PiiSpan[]): PiiSpan[] {
  const surnames = new Set(
    found
      .map((span) =>
        text
          .slice(span.start, span.end)
          .split(/[ \t\u00a0,]+/u)
          .at(-1)!,
      )
      .filter((name) => name.length >= 3 && !name.endsWith(".")),
  );
  const spans: PiiSpan[] = [];
  for (const surname of surnames) {
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "gu");
    for (const match of text.matchAll(pattern)) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index));
      const word = before?.[1];
      const first = word && !NOT_FIRST_NAMES.has(word) && !notAName(word) && !LEADING.test(word) && !ORGANISATION.test(word) ? before[0] : "";
      spans.push({ start: match.index - first.length, end: match.index + surname.length, type: "PERSON" });
    }
  }
  return spans;
}

/** Names of persons after salutations, roles and form fields, in greetings, headers, signatures and address blocks, and their repeated surnames. */
export function detectNames(text: string): PiiSpan[] {
  const found = [...cueSpans(text), ...layoutSpans(text)];
  return [...found, ...repeatedSurnames(text, found)];
}
