import { escapeRegExp } from "../text/patterns";
import type { Span } from "../text";
import type { LexiconEntry } from "./lexicon/officialese";
import { letterCount, type Token } from "./tokenize";

export type FindingKind = "longSentence" | "longWord" | "passive" | "nominalStyle" | "subjunctive" | "negation" | "abbreviation" | "officialese";

/** Something in the text that makes it harder to read, with character offsets into the analysed text. */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  /** Plain-German advice. */
  message: string;
  suggestion?: string;
}

export interface SentenceInfo extends Span {
  tokens: Token[];
}

const LONG_SENTENCE_WORDS = 20;
const LONG_WORD_LETTERS = 15;

/** Heads of long administrative compounds, for a hyphen suggestion ("Rückforderungs-Bescheid"). */
const COMPOUND_HEADS = [
  "bescheid",
  "stelle",
  "gesetz",
  "verordnung",
  "antrag",
  "nachweis",
  "pflicht",
  "zeitraum",
  "anspruch",
  "verfahren",
  "behörde",
  "leistung",
  "leistungen",
  "voraussetzungen",
  "verhältnisse",
  "erlaubnis",
  "bescheinigung",
  "versicherung",
  "schutz",
  "vertrag",
  "betrag",
  "zuschlag",
  "gebühr",
  "frist",
  "ausweis",
  "abrechnung",
  "abrechnungen",
  "berechtigung",
  "verzeichnis",
  "folgenabschätzung",
  "vereinbarung",
  "kontrolle",
];

function splitCompound(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const head of COMPOUND_HEADS) {
    const at = lower.length - head.length;
    if (at >= 5 && lower.endsWith(head)) {
      const headText = word.slice(at);
      return `${word.slice(0, at)}-${headText[0]!.toUpperCase()}${headText.slice(1)}`;
    }
  }
  return undefined;
}

const AUXILIARY = /\b(wird|werden|wurde|wurden|worden|würde|würden)\b/iu;
const PARTICIPLE = /\b(ge\p{Ll}{2,}(t|en)|\p{Ll}{3,}iert|(be|er|ver|zer|ent|emp|miss)\p{Ll}{2,}(t|en))\b/u;
/** "ist … zu erstatten", "sind … einzureichen". */
const IST_ZU =
  /\b(ist|sind|war|waren)\b[\s\S]{0,200}?(\bzu\s+\p{Ll}+en\b|\b(ab|an|auf|aus|ein|nach|vor|zurück|vorzu)?\p{Ll}{0,4}zu(reich|geb|leg|nehm|stell|zahl|füll|leist|sehen|weis|schick|send|hol|brin)\p{Ll}*en\b)/iu;
const SUBJUNCTIVE = /\b(wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|dürfte|dürften|sei|seien)\b/iu;
const NEGATIONS = /\b(nicht|kein\p{L}*|nie|niemals|niemand|nichts|weder|ohne)\b|\bun\p{Ll}{4,}\b|\bNicht\p{Ll}+/gu;
const HIDDEN_NEGATION = /\b(Nicht\p{Ll}+|unterlass\p{L}*|versäum\p{L}*|verweiger\p{L}*|verhinder\p{L}*|ausgeschlossen)\b/u;
const NOMINAL = /\b\p{Lu}\p{Ll}+(ung|heit|keit|ion|ität)(en)?\b/gu;
/** Light-verb phrases in either word order: "zur Anwendung bringen", "bringen … zur Anwendung". */
const LIGHT_VERB =
  /\b(zur|zum|in)\s+(Anwendung|Durchführung|Auszahlung|Kenntnis|Verfügung|Erwägung|Abschluss|Abzug|Vorlage|Sprache|Entscheidung|Erledigung|Verteilung|Ausführung|Beantragung)\b/u;
const ABBREVIATION =
  /(?<![\p{L}\d-])(?:z\. ?B\.|d\. ?h\.|u\. ?a\.|i\. ?V\. ?m\.|o\. ?ä\.|ggf\.|bzw\.|evtl\.|gem\.|lt\.|inkl\.|zzgl\.|vgl\.|sog\.|Nr\.|Abs\.|Art\.|Az\.|Str\.|[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ]{1,}[A-Za-z]*)(?![\p{L}\d-])/gu;

/** A lexicon term as a pattern: phrases allow any spacing, "…" stands for a gap, long single words match inflected forms. */
function termPattern(term: string): RegExp {
  const parts = term.split("…").map((part) => escapeRegExp(part.trim()).replace(/\s+/gu, "\\s+"));
  const body = parts.join("[^.!?]{1,80}?");
  const inflect = !term.includes(" ") && term.length >= 6 ? "\\p{L}*" : "";
  return new RegExp(`(?<![\\p{L}])${body}${inflect}(?![\\p{L}])`, "giu");
}

export function createLexiconMatcher(entries: readonly LexiconEntry[]) {
  const patterns = entries.map((entry) => ({ entry, pattern: termPattern(entry.term) }));
  return (text: string, offset: number): Finding[] => {
    const all = patterns.flatMap(({ entry, pattern }) =>
      [...text.matchAll(pattern)].map((m) => ({
        kind: "officialese" as const,
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        text: m[0],
        message: `Amtsdeutsch: „${m[0]}“. Einfacher: ${entry.alternatives.map((a) => `„${a}“`).join(" oder ")}.${entry.note ? ` Hinweis: ${entry.note}.` : ""}`,
        suggestion: entry.alternatives[0],
      })),
    );
    // A term inside a longer matched phrase ("seitens" in "seitens der hiesigen Behörde") is not reported twice.
    return all.filter((f) => !all.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
  };
}

function finding(kind: FindingKind, text: string, start: number, end: number, message: string, suggestion?: string): Finding {
  return { kind, start, end, text: text.slice(start, end), message, ...(suggestion ? { suggestion } : {}) };
}

/** Findings about one sentence: length, voice, mood, negation, nominal style. */
export function sentenceFindings(text: string, sentence: SentenceInfo): Finding[] {
  const found: Finding[] = [];
  const body = sentence.text;
  const at = (index: number, length: number) => [sentence.start + index, sentence.start + index + length] as const;
  const words = sentence.tokens.length;
  if (words > LONG_SENTENCE_WORDS) {
    found.push(
      finding(
        "longSentence",
        text,
        sentence.start,
        sentence.start + body.trimEnd().length,
        `Langer Satz mit ${words} Wörtern. Teilen Sie ihn in kürzere Sätze mit höchstens 15 Wörtern.`,
      ),
    );
  }
  const auxiliary = AUXILIARY.exec(body);
  if (auxiliary && PARTICIPLE.test(body.slice(auxiliary.index))) {
    found.push(finding("passive", text, ...at(auxiliary.index, auxiliary[0].length), "Passiv. Sagen Sie, wer handelt: „Wir prüfen …“ statt „… wird geprüft“."));
  }
  const istZu = IST_ZU.exec(body);
  if (istZu) found.push(finding("passive", text, ...at(istZu.index, istZu[0].length), "„ist … zu“ mit Infinitiv. Schreiben Sie direkt: „Sie müssen …“."));
  const subjunctive = SUBJUNCTIVE.exec(body);
  if (subjunctive)
    found.push(
      finding("subjunctive", text, ...at(subjunctive.index, subjunctive[0].length), "Möglichkeitsform. Schreiben Sie, was gilt, in der Wirklichkeitsform."),
    );
  const negations = [...body.matchAll(NEGATIONS)];
  if (negations.length >= 2) {
    const first = negations[0]!;
    const last = negations.at(-1)!;
    found.push(finding("negation", text, ...at(first.index, last.index + last[0].length - first.index), "Doppelte Verneinung. Sagen Sie es positiv."));
  } else {
    const hidden = HIDDEN_NEGATION.exec(body);
    if (hidden) found.push(finding("negation", text, ...at(hidden.index, hidden[0].length), "Versteckte Verneinung. Sagen Sie es direkt und positiv."));
  }
  const lightVerb = LIGHT_VERB.exec(body);
  if (lightVerb) {
    found.push(
      finding(
        "nominalStyle",
        text,
        ...at(lightVerb.index, lightVerb[0].length),
        `Funktionsverbgefüge „${lightVerb[0]} …“. Verwenden Sie das Verb direkt: „anwenden“ statt „zur Anwendung bringen“.`,
      ),
    );
  }
  const nouns = [...body.matchAll(NOMINAL)];
  if (nouns.length >= 3) {
    found.push(
      finding(
        "nominalStyle",
        text,
        sentence.start,
        sentence.start + body.trimEnd().length,
        `Nominalstil: ${nouns.length} Hauptwörter auf -ung, -heit, -keit oder -ion. Verwenden Sie Verben: „prüfen“ statt „Prüfung“.`,
      ),
    );
  }
  return found;
}

/** Findings about single words: very long words and abbreviations. */
export function wordFindings(text: string, tokens: Token[]): Finding[] {
  return tokens
    .filter((token) => letterCount(token.text) > LONG_WORD_LETTERS && !token.text.includes("-"))
    .map((token) => {
      const split = splitCompound(token.text);
      return finding(
        "longWord",
        text,
        token.start,
        token.end,
        `Sehr langes Wort (${letterCount(token.text)} Buchstaben).${split ? ` Mit Bindestrich lesbarer: „${split}“.` : " Trennen Sie es mit Bindestrich oder Mediopunkt."}`,
        split,
      );
    });
}

export function abbreviationFindings(text: string): Finding[] {
  return [...text.matchAll(ABBREVIATION)]
    .filter((m) => m[0].length > 1)
    .map((m) => finding("abbreviation", text, m.index, m.index + m[0].length, `Abkürzung „${m[0]}“. Schreiben Sie das Wort aus oder erklären Sie es.`));
}
