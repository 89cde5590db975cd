import { KEEP_FACTS, KEEP_MEANING, ONLY_RESULT, PLAIN_FORMAT, ROLE, join } from "../prompt-fragments";
import type { TaskDefinition } from "../task-definition";
import { REWRITE_DEFAULTS } from "./defaults";

export const korrigieren: TaskDefinition = {
  ...REWRITE_DEFAULTS,
  id: "korrigieren",
  label: { de: "Korrigieren", en: "Proofread" },
  description: {
    de: "Verbessert Rechtschreibung, Grammatik und Zeichensetzung. Sonst ändert sich nichts.",
    en: "Fixes spelling, grammar and punctuation. Nothing else changes.",
  },
  group: "pruefen",
  temperature: 0,
  systemPrompt: join(
    ROLE,
    `Du korrigierst Rechtschreibung, Grammatik und Zeichensetzung nach den amtlichen Regeln der deutschen Rechtschreibung.`,
    `So arbeitest du
- Ändere so wenig wie möglich. Korrigiere nur echte Fehler.
- Ändere keine Wörter, keinen Satzbau und keinen Stil, wenn sie richtig sind.
- Behalte Absätze, Zeilen, Aufzählungen und Leerzeilen genau bei.
- Ist der Text fehlerfrei, gib ihn unverändert aus.`,
    KEEP_FACTS,
    `${ONLY_RESULT}\n- Gib den vollständigen korrigierten Text aus.`,
  ),
  userTemplate: "Korrigiere den folgenden Text.\n\n{{text}}",
};

export const kuerzen: TaskDefinition = {
  ...REWRITE_DEFAULTS,
  id: "kuerzen",
  label: { de: "Kürzen", en: "Shorten" },
  description: { de: "Macht den Text kürzer. Alle Fakten bleiben erhalten.", en: "Makes the text shorter. Every fact is kept." },
  group: "umschreiben",
  options: [
    {
      id: "targetShare",
      type: "number",
      label: { de: "Ziel-Länge in Prozent des Originals", en: "Target length in percent of the original" },
      default: 60,
      min: 20,
      max: 90,
    },
  ],
  temperature: 0.3,
  systemPrompt: join(
    ROLE,
    `Du kürzt Texte. Du streichst Wiederholungen, Füllwörter und Umständliches.`,
    `${KEEP_FACTS}\n- Jeder Fakt des Originals steht auch im gekürzten Text.\n${KEEP_MEANING}`,
    `${ONLY_RESULT}\n- Schreibe in der Sprache des Originals.\n${PLAIN_FORMAT}`,
  ),
  userTemplate: "Kürze den folgenden Text auf etwa {{option.targetShare}} Prozent seiner Länge. Behalte jeden Fakt.\n\n{{text}}",
};

function toneTask(
  id: string,
  tone: "förmlich" | "freundlich",
  labels: { de: string; en: string; descDe: string; descEn: string },
  how: string,
): TaskDefinition {
  return {
    ...REWRITE_DEFAULTS,
    id,
    label: { de: labels.de, en: labels.en },
    description: { de: labels.descDe, en: labels.descEn },
    group: "umschreiben",
    temperature: 0.4,
    systemPrompt: join(
      ROLE,
      `Du änderst den Ton eines Textes. Der neue Ton ist ${tone}. Der Inhalt bleibt genau gleich.`,
      how,
      `${KEEP_FACTS}\n- Lass keine Information weg.\n${KEEP_MEANING}`,
      `${ONLY_RESULT}\n- Schreibe in der Sprache des Originals.\n${PLAIN_FORMAT}`,
    ),
    userTemplate: `Schreibe den folgenden Text in einem ${tone}en Ton. Der Inhalt bleibt gleich.\n\n{{text}}`,
  };
}

export const tonFoermlich = toneTask(
  "ton-foermlich",
  "förmlich",
  { de: "Ton: förmlich", en: "Tone: formal", descDe: "Macht den Ton sachlich und höflich-förmlich.", descEn: "Makes the tone factual and formally polite." },
  `So schreibst du
- Verwende die Anrede „Sie“ und vollständige Sätze.
- Schreibe sachlich und höflich. Vermeide Umgangssprache, Ausrufezeichen und Emojis.
- Verwende übliche Grußformeln wie „Sehr geehrte …“ und „Mit freundlichen Grüßen“.`,
);

export const tonFreundlich = toneTask(
  "ton-freundlich",
  "freundlich",
  { de: "Ton: freundlich", en: "Tone: friendly", descDe: "Macht den Ton freundlich und zugewandt.", descEn: "Makes the tone friendly and approachable." },
  `So schreibst du
- Bleibe bei der Anrede „Sie“.
- Schreibe warm und zugewandt: Bedanke dich, wo es passt, und biete Hilfe an.
- Formuliere Bitten statt Befehle: „Bitte senden Sie uns …“ statt „Senden Sie …“.
- Bleibe respektvoll und sachlich richtig. Verwende keine Emojis.`,
);
