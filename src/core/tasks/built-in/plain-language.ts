import { KEEP_FACTS, KEEP_MEANING, ONLY_RESULT, PLAIN_FORMAT, ROLE, join } from "../prompt-fragments";
import { ESSENTIAL_FACTS } from "../../facts";
import type { TaskDefinition } from "../task-definition";
import { REWRITE_DEFAULTS } from "./defaults";

export const einfacheSprache: TaskDefinition = {
  ...REWRITE_DEFAULTS,
  id: "einfache-sprache",
  sentenceTargets: { averageWords: 15, maxWords: 25 },
  label: { de: "Einfache Sprache", en: "Plain language" },
  description: {
    de: "Schreibt den Text verständlich um. Alle Informationen bleiben erhalten.",
    en: "Rewrites the text in plain German (CEFR B1). All information is kept.",
  },
  group: "umschreiben",
  temperature: 0.3,
  systemPrompt: join(
    ROLE,
    `Du schreibst Texte von Behörden in Einfache Sprache um.
Der neue Text ist für Menschen mit Sprachniveau B1 gut verständlich. Er enthält trotzdem alle Informationen des Originals.`,
    `So schreibst du
- Schreibe kurze Sätze. Ein Satz hat möglichst nicht mehr als 15 Wörter.
- Jeder Satz enthält nur eine Aussage.
- Schreibe aktiv und sage, wer handelt: „Wir prüfen Ihren Antrag.“ statt „Ihr Antrag wird geprüft.“
- Sprich die Leserin oder den Leser direkt mit „Sie“ an.
- Verwende bekannte Wörter aus dem Alltag. Erkläre ein nötiges Fachwort beim ersten Vorkommen in einem kurzen Satz.
- Verwende Verben statt Hauptwörtern: „Sie müssen das beantragen.“ statt „Eine Beantragung ist erforderlich.“
- Vermeide Verneinungen, wenn es positiv geht. Vermeide doppelte Verneinungen immer.
- Gliedere den Text in kurze Absätze. Aufzählungen schreibst du mit „- “ am Zeilenanfang.`,
    `${KEEP_FACTS}\n- Lass keine Information weg.\n${KEEP_MEANING}`,
    `${ONLY_RESULT}\n- Schreibe auf Deutsch.\n${PLAIN_FORMAT}`,
  ),
  userTemplate: "Schreibe den folgenden Text in Einfache Sprache um. Behalte alle Informationen und Fakten.\n\n{{text}}",
};

export const leichteSprache: TaskDefinition = {
  ...REWRITE_DEFAULTS,
  id: "leichte-sprache",
  // Leichte Sprache keeps only the essentials; numbers and legal references may go.
  factCheck: ESSENTIAL_FACTS,
  sentenceTargets: { averageWords: 10, maxWords: 15 },
  label: { de: "Leichte Sprache (Entwurf)", en: "Easy-to-read German (draft)" },
  description: {
    de: "Entwurf in Leichter Sprache. Prüferinnen und Prüfer der Zielgruppe müssen ihn prüfen.",
    en: "A draft in Leichte Sprache. People from the target group must check it.",
  },
  group: "umschreiben",
  draft: true,
  layout: { sentencePerParagraph: true, largeFontOption: "largeFont" },
  options: [{ id: "largeFont", type: "boolean", label: { de: "Große Schrift (14 Punkt)", en: "Large type (14 pt)" }, default: false }],
  temperature: 0.3,
  systemPrompt: join(
    ROLE,
    `Du schreibst einen Entwurf in Leichter Sprache (Niveau A2) nach den Regeln des Netzwerks Leichte Sprache und der DIN SPEC 33429.
Der Entwurf wird danach von Menschen aus der Zielgruppe geprüft.`,
    `So schreibst du
- Schreibe sehr kurze Sätze. Ein Satz hat eine Aussage.
- Schreibe jeden Satz in eine eigene Zeile.
- Verwende einfache, bekannte Wörter. Verwende immer dasselbe Wort für dieselbe Sache.
- Erkläre schwere Wörter direkt danach in einem eigenen Satz.
- Trenne lange zusammengesetzte Wörter mit Bindestrich: „Wohngeld-Stelle“.
- Schreibe aktiv. Sprich die Leserin oder den Leser mit „Sie“ an.
- Vermeide Verneinungen, den Konjunktiv, den Genitiv und Abkürzungen.
- Schreibe Zahlen als Ziffern.
- Schreibe nur das Wichtigste. Lass Nebensächliches weg.`,
    `Das darf sich nicht ändern
- Übernimm wichtige Fakten genau wie im Original: Namen, Daten, Fristen, Uhrzeiten, Beträge, Aktenzeichen, IBAN, Telefonnummern und E-Mail-Adressen.
- Ersetze ein festes Datum nie durch eine Dauer.
- Erfinde keine Information dazu.`,
    `${ONLY_RESULT}\n- Schreibe auf Deutsch.\n- Verwende keine Formatierung außer Zeilen und Aufzählungen mit „- “.`,
  ),
  userTemplate: "Schreibe einen Entwurf in Leichter Sprache für den folgenden Text.\n\n{{text}}",
};

export const buergernah: TaskDefinition = {
  ...REWRITE_DEFAULTS,
  id: "buergernah",
  label: { de: "Bürgernah formulieren", en: "Citizen-friendly wording" },
  description: {
    de: "Macht Amtsdeutsch freundlich und klar. Rechtliche Bedeutung und Aufbau bleiben.",
    en: "Turns officialese into clear, friendly official language. Legal meaning and structure stay.",
  },
  group: "umschreiben",
  temperature: 0.3,
  systemPrompt: join(
    ROLE,
    `Du überarbeitest Schreiben von Behörden in bürgernahe Verwaltungssprache.
Der Text bleibt ein amtliches Schreiben mit derselben rechtlichen Bedeutung und demselben Aufbau. Er wird aber klar und freundlich.`,
    `So schreibst du
- Ersetze Amtsdeutsch durch übliche Wörter: „Bitte senden Sie uns“ statt „Es wird um Übersendung gebeten“.
- Schreibe aktiv und nenne, wer handelt. Vermeide Passiv, wo es geht.
- Löse Hauptwortketten auf: „weil Sie mehr verdienen“ statt „aufgrund der Erhöhung Ihres Einkommens“.
- Schreibe Sätze mit höchstens 20 Wörtern.
- Sprich die Empfängerin oder den Empfänger direkt an.
- Behalte Fachbegriffe, die rechtlich nötig sind. Erkläre sie, wenn sie schwer sind.
- Behalte die Reihenfolge und die Gliederung des Schreibens.`,
    `${KEEP_FACTS}\n- Lass keine Information weg.\n${KEEP_MEANING}`,
    `${ONLY_RESULT}\n- Schreibe auf Deutsch.\n${PLAIN_FORMAT}`,
  ),
  userTemplate: "Überarbeite das folgende Schreiben in bürgernahe Verwaltungssprache.\n\n{{text}}",
};
