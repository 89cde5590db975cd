/**
 * Building blocks for finding names: what a name word looks like (any
 * script's capitals, particles, apostrophes, hyphens), the titles before it,
 * and the words that look like names but are not.
 */

/** One capitalised word of a name: Müller, Aydın, Nguyễn, O'Brien, McDonald, Schulte-Hövel, al-Hassan. */
const PART = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?`;
export const NAME_WORD = String.raw`(?:(?:al|el|ad|as|ash|at|ar|ul|abu|bin|ibn)-)?${PART}(?:-${PART})*(?![\p{L}\p{M}\d'’])`;

/** A surname written in capitals, as forms ask for it ("MÜLLER"). */
export const CAPS_WORD = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})*(?![\p{L}\d])`;

/** Lower-case particles between or before name words: von der Leyen, van der Berg, de la Cruz, bin Salman. */
export const PARTICLE = String.raw`(?:von und zu|von der|von dem|van der|van den|van de|de la|de los|de las|von|van|vom|zu|de|del|della|di|da|dos|du|le|ten|ter|bin|ibn|al|el)(?![\p{L}])`;

const INITIAL = String.raw`\p{Lu}\.`;

/** A name of one to three words (particles and initials between them), not starting with a particle. */
/** Name words are separated by one space: two spaces or a tab separate form fields. */
export const GAP = "[ \u00a0]";
export const NAME = String.raw`(?:${INITIAL}${GAP}?)*${NAME_WORD}(?:${GAP}(?:${INITIAL}${GAP}?)*(?:${PARTICLE}${GAP})?${NAME_WORD}){0,2}`;

/** A name that may start with a particle, where a cue before it vouches for it ("Frau von der Leyen"). */
export const CUED_NAME = String.raw`(?:${PARTICLE}${GAP})?${NAME}`;

/** Academic titles and their abbreviations between "Frau" and a name; never part of the name. */
export const TITLE_ABBREVIATIONS = String.raw`(?:Dr\.(?:[ \t]?(?:med|jur|phil|rer\.[ \t]?nat|rer\.[ \t]?pol|h\.[ \t]?c|med\.[ \t]?dent|vet|iur|ing|oec|theol|paed)\.)*|Prof\.|Dipl\.-\p{L}+\.?|Mag\.|PD|Ing\.)`;

/** Titles and roles between "Frau" and a name: skipped ("Frau Bürgermeisterin Schmidt" → "Schmidt"). */
export const TITLES = new Set([
  "Bürgermeister",
  "Bürgermeisterin",
  "Oberbürgermeister",
  "Oberbürgermeisterin",
  "Beigeordneter",
  "Beigeordnete",
  "Landrat",
  "Landrätin",
  "Stadtrat",
  "Stadträtin",
  "Kreisrat",
  "Kreisrätin",
  "Präsident",
  "Präsidentin",
  "Vorsitzende",
  "Vorsitzender",
  "Minister",
  "Ministerin",
  "Dezernent",
  "Dezernentin",
  "Amtsleiter",
  "Amtsleiterin",
  "Direktor",
  "Direktorin",
  "Pfarrer",
  "Pfarrerin",
  "Notar",
  "Notarin",
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

/** Words that make the whole match a group, an office or a phrase, not a person ("An: Team Digitalisierung"). */
export const NOT_NAMES = new Set([
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
  "Firma",
  "Grüße",
  "Grüßen",
  "Gruß",
  "Dank",
  "Tag",
  "Morgen",
  "Abend",
  "Der",
  "Die",
  "Das",
  "Dem",
  "Den",
  "Des",
  "Ein",
  "Eine",
  "Im",
  "In",
  "Am",
  "Mit",
  "Und",
  "Oder",
  "Von",
  "Bei",
  "Für",
  "Zur",
  "Zum",
  "Sie",
  "Ihr",
  "Ihre",
  "Ihnen",
  "Ihren",
  "Ihrem",
  "Ihres",
  "Wir",
  "Ich",
  "Es",
  "Er",
  "Herr",
  "Herrn",
  "Frau",
  "Familie",
  "Eheleute",
  "Dr",
  "Prof",
  "Dipl",
  "Bitte",
  "Danke",
  "Antrag",
  "Bescheid",
]);

/** Words that name an organisation, never a person ("Empfänger: Stadtkasse Musterstadt"). */
export const ORGANISATION =
  /(?:amt|ämter|kasse|verwaltung|behörde|gericht|stelle|zentrum|büro|verband|verein|gesellschaft|genossenschaft|schule|versicherung|stiftung|ministerium|klinik|klinikum|praxis|kanzlei|agentur|jobcenter|polizei|bank|werke|GmbH|AG|KG|OHG|UG|eG|e\.\s?V\.|mbH|GbR)$/u;

/** Nouns by their endings, never names: cut a name before them ("Herrn Müller Bescheid" keeps "Müller"). */
export const NOUN_ENDING = /\p{Ll}(?:ung|ungen|heit|keit|schaft|tion|tät|ität|ismus|nisse)$/u;

/** Is this word plainly not (part of) a person's name? */
export function notAName(word: string): boolean {
  return NOT_NAMES.has(word) || TITLES.has(word) || ORGANISATION.test(word) || NOUN_ENDING.test(word);
}
