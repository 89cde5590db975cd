/**
 * What stands before a name in German letters, forms and e-mails: the roles
 * a file gives a person (Antragsteller/in, Halter/in, Beklagte/r …), form
 * fields (Name:, Vorname:), "vertreten durch", "z. Hd.", "c/o", kinship
 * after a possessive ("Ihr Sohn"), and the marks of a signature.
 */

/** Roles with a female form in -in, written as "Mieter", "Mieterin", "Mieter/in", "Mieter(in)", "Mieter*in", "Mieter_in". */
const ROLES_IN = [
  "Antragsteller",
  "Antragsgegner",
  "Empfänger",
  "Zahlungsempfänger",
  "Leistungsempfänger",
  "Halter",
  "Fahrzeughalter",
  "Widerspruchsführer",
  "Beschwerdeführer",
  "Kläger",
  "Schuldner",
  "Vollstreckungsschuldner",
  "Gläubiger",
  "Mieter",
  "Vermieter",
  "Untermieter",
  "Pächter",
  "Eigentümer",
  "Grundstückseigentümer",
  "Miteigentümer",
  "Inhaber",
  "Kontoinhaber",
  "Ansprechpartner",
  "Sachbearbeiter",
  "Bearbeiter",
  "Betreuer",
  "Pfleger",
  "Vertreter",
  "Absender",
  "Verfasser",
  "Unterzeichner",
  "Bewerber",
  "Teilnehmer",
  "Schüler",
  "Erblasser",
  "Bauherr",
  "Auftraggeber",
  "Protokollführer",
  "Ehepartner",
  "Lebenspartner",
  "Lebensgefährte",
  "Partner",
  "Mitbewohner",
  "Nachbar",
  "Zeuge",
  "Rechtsanwalt",
  "Rechtsanwältin",
];

/** Roles formed from adjectives: "Beklagte", "Beklagter", "Beklagten", "Beklagte/r", "Beklagte(r)". */
const ROLES_ADJECTIVE = [
  "Beklagte",
  "Betroffene",
  "Erziehungsberechtigte",
  "Sorgeberechtigte",
  "Personensorgeberechtigte",
  "Bevollmächtigte",
  "Verfahrensbevollmächtigte",
  "Beigeladene",
  "Beschuldigte",
  "Geschädigte",
  "Verstorbene",
  "Versicherte",
  "Leistungsberechtigte",
  "Unterhaltspflichtige",
  "Antragstellende",
  "Angehörige",
  "Beteiligte",
  "Auszubildende",
  "Zuständige",
];

/** Roles without a gendered pair in the text. */
const ROLES_OTHER = [
  "Vormund",
  "Kind",
  "Ehegatte",
  "Ehegattin",
  "Ehemann",
  "Ehefrau",
  "Eheleute",
  "Ehepaar",
  "Mutter",
  "Vater",
  "Kindesmutter",
  "Kindesvater",
  "Sohn",
  "Tochter",
  "Elternteil",
  "Erbe",
  "Erbin",
  "Notar",
  "Notarin",
  "Ansprechperson",
  "Kontaktperson",
  "Pflegeperson",
  "Bezugsperson",
  "Sachbearbeitung",
  "Bearbeitung",
  "Zuständig",
  "Protokoll",
  "Auskunft erteilt",
  "Bearbeitet von",
  "Erstellt von",
  "Unterschrift",
];

const IN_FORMS = String.raw`(?:in|innen|\/in|\/-in|\(in\)|\*in|_in|:in|In)?`;
const ADJECTIVE_FORMS = String.raw`(?:r|n|\/r|\(r\)|\/-r)?`;

/** Every role label; used both with a colon ("Halterin: …") and, more strictly, without one. */
export const ROLE = [...ROLES_IN.map((role) => `${role}${IN_FORMS}`), ...ROLES_ADJECTIVE.map((role) => `${role}${ADJECTIVE_FORMS}`), ...ROLES_OTHER]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Form fields that hold a name: "Name:", "Vorname:", "Nachname:", "Name, Vorname:", "Name des Kindes:". */
export const NAME_FIELD = String.raw`(?:Vor-[ \t]?und[ \t](?:Nach|Zu|Familien)name|(?:Vor|Nach|Familien|Geburts|Zu|Ruf|Mädchen|Ehe)?[Nn]amen?(?:\(n\))?(?:,[ \t]?Vorname|,[ \t]?Name)?(?:[ \t](?:des|der)[ \t]\p{L}+)?)`;

/** Cues that need no colon: the name follows at once. */
export const DIRECT_CUE = String.raw`(?:[Vv]ertreten[ \t]durch|z\.[ \t]?Hd\.?|z\.[ \t]?H\.|zu[ \t]Händen(?:[ \t]von)?|c\/o|i\.[ \t]?A\.|i\.[ \t]?V\.|gez\.|Im[ \t]Auftrag|In[ \t]Vertretung)`;

/** A possessive before a kinship word: "Ihr Sohn", "meine Tochter", "seiner Ehefrau". */
export const POSSESSIVE = String.raw`(?:[Ii]hr|[Ss]ein|[Mm]ein|[Uu]nser|[Dd]ein)(?:e|em|en|er|es)?`;

export const KIN = String.raw`(?:Sohn(?:es)?|Tochter|Kind(?:es)?|Enkel(?:in)?|Ehem[aä]nn(?:es)?|Ehefrau|Ehegattin|Ehegatten?|Ehepartner(?:in)?|Lebenspartner(?:in)?|Lebensgefährt(?:e|en|in)|Partner(?:in)?|Mutter|Vaters?|Bruders?|Schwester|Nichte|Neffen?|Onkels?|Tante|Großmutter|Großvaters?|Oma|Opas?|Pflegekind(?:es)?|Pflegesohn(?:es)?|Pflegetochter|Stiefsohn(?:es)?|Stieftochter|Betreuer(?:in)?|Mitbewohner(?:in)?|Nachbar(?:in|n)?|Kolleg(?:e|en|in))`;

/** Salutations; "Herrn" and "Frau" may stand on their own line above the name (address block). */
export const SALUTATION_WORD = String.raw`(?:Herrn?|Frau|Familie|Fam\.|Eheleute|Ehepaar)`;

/** Greetings before a first name: "Hallo Thomas", "liebe Sabine", "Guten Tag Ayşe". */
export const GREETING_WORD = String.raw`(?:[Hh]allo|[Ll]iebe[rs]?|Hi|Moin|Servus|Guten[ \t](?:Tag|Morgen|Abend))`;

const CLOSING_PHRASE = String.raw`(?:Mit (?:freundlichen|freundlichem|besten|herzlichen|kollegialen|den besten) Grü(?:ßen|ß)|Freundliche Grüße|Freundlicher Gruß|Viele Grüße|Beste Grüße|Herzliche Grüße|Liebe Grüße|Schöne Grüße|Sonnige Grüße|(?:Vielen )?Dank(?:e)? und (?:freundliche|viele|beste) Grüße|Danke und Gruß|Hochachtungsvoll|Herzlichst|Gruß|Grüße|MfG|VG|LG|Kind regards|Best regards|Regards)`;

/** A line that closes a letter or an e-mail, perhaps with a few more words ("Viele Grüße aus dem Rathaus"); the signature follows. */
export const CLOSING = new RegExp(String.raw`^${CLOSING_PHRASE}(?![\p{L}])[^\n.?]{0,40}[,.!]?$`, "iu");

/** A closing with the name on the same line: "Viele Grüße, Sabine", "LG Kerstin". */
export const CLOSING_WITH_NAME = (name: string) => new RegExp(String.raw`^[ \t]*${CLOSING_PHRASE},?[ \t]+(${name})[ \t]*$`, "du");
