import { KEEP_FACTS, ONLY_RESULT, ROLE, join } from "../prompt-fragments";
import { LANGUAGE_NEUTRAL_FACTS } from "../../facts";
import type { TaskDefinition } from "../task-definition";
import { REWRITE_DEFAULTS } from "./defaults";

/** Target languages: value, labels, and how the prompt names the language. */
const LANGUAGES: [value: string, de: string, en: string, prompt: string][] = [
  ["en", "Englisch", "English", "Englisch"],
  ["tr", "Türkisch", "Turkish", "Türkisch"],
  ["ar", "Arabisch", "Arabic", "Arabisch (Hocharabisch)"],
  ["uk", "Ukrainisch", "Ukrainian", "Ukrainisch"],
  ["ru", "Russisch", "Russian", "Russisch"],
  ["pl", "Polnisch", "Polish", "Polnisch"],
  ["fr", "Französisch", "French", "Französisch"],
  ["de-einfach", "Einfache Sprache (Deutsch)", "Plain German", "Deutsch in Einfacher Sprache (Niveau B1)"],
];

export const uebersetzen: TaskDefinition = {
  ...REWRITE_DEFAULTS,
  id: "uebersetzen",
  label: { de: "Übersetzen", en: "Translate" },
  description: { de: "Übersetzt den Text in eine andere Sprache.", en: "Translates the text into another language." },
  group: "uebersetzen",
  // Dates and amounts are written differently in other languages; these are not.
  factCheck: LANGUAGE_NEUTRAL_FACTS,
  options: [
    {
      id: "targetLanguage",
      type: "choice",
      label: { de: "Zielsprache", en: "Target language" },
      default: "en",
      choices: LANGUAGES.map(([value, de, en]) => ({ value, label: { de, en } })),
    },
  ],
  choicePrompts: { targetLanguage: Object.fromEntries(LANGUAGES.map(([value, , , prompt]) => [value, prompt])) },
  temperature: 0.2,
  systemPrompt: join(
    ROLE,
    `Du übersetzt Texte der Verwaltung genau und gut lesbar. Die Zielsprache ist {{option.targetLanguage}}.`,
    `So übersetzt du
- Übersetze den ganzen Text vollständig und sinngetreu.
- Behalte Absätze, Aufzählungen und die Reihenfolge bei.
- Lass Namen von Behörden, Gesetzen und Dokumenten im deutschen Original stehen. Füge beim ersten Vorkommen eine kurze Übersetzung in Klammern an.
- Übernimm Daten und Beträge in einer Form, die in der Zielsprache verständlich ist, ohne sie zu verändern.`,
    KEEP_FACTS,
    `${ONLY_RESULT}\n- Schreibe nur in der Zielsprache.`,
  ),
  userTemplate: "Übersetze den folgenden Text. Zielsprache: {{option.targetLanguage}}.\n\n{{text}}",
};
