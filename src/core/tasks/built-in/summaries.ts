import { ONLY_RESULT, ROLE, join } from "../prompt-fragments";
import type { TaskDefinition } from "../task-definition";
import { SUMMARY_DEFAULTS } from "./defaults";

const SUMMARY_FACTS = `Genauigkeit
- Übernimm Daten, Fristen, Beträge, Aktenzeichen und Namen genau wie im Text.
- Erfinde nichts. Was unklar ist, lässt du weg oder nennst es als offen.`;

export const zusammenfassen: TaskDefinition = {
  ...SUMMARY_DEFAULTS,
  id: "zusammenfassen",
  label: { de: "Zusammenfassen", en: "Summarise" },
  description: { de: "Fasst den Text zusammen.", en: "Summarises the text." },
  group: "zusammenfassen",
  options: [
    {
      id: "length",
      type: "choice",
      label: { de: "Länge", en: "Length" },
      default: "mittel",
      choices: [
        { value: "kurz", label: { de: "kurz", en: "short" } },
        { value: "mittel", label: { de: "mittel", en: "medium" } },
        { value: "ausfuehrlich", label: { de: "ausführlich", en: "detailed" } },
      ],
    },
    {
      id: "form",
      type: "choice",
      label: { de: "Form", en: "Form" },
      default: "stichpunkte",
      choices: [
        { value: "stichpunkte", label: { de: "Stichpunkte", en: "Bullet points" } },
        { value: "fliesstext", label: { de: "Fließtext", en: "Running text" } },
      ],
    },
    {
      id: "focus",
      type: "text",
      label: { de: "Schwerpunkt (freiwillig)", en: "Focus (optional)" },
      default: "",
      maxLength: 200,
    },
  ],
  choicePrompts: {
    length: {
      kurz: "höchstens 3 Sätze oder 3 Stichpunkte",
      mittel: "etwa 5 bis 8 Sätze oder Stichpunkte",
      ausfuehrlich: "etwa 10 bis 15 Sätze oder Stichpunkte",
    },
    form: { stichpunkte: "als Stichpunkte mit „- “ am Zeilenanfang", fliesstext: "als zusammenhängenden Text in kurzen Absätzen" },
  },
  temperature: 0.2,
  systemPrompt: join(
    ROLE,
    `Du fasst Texte der Verwaltung zusammen: Briefe, E-Mails, Vermerke und Protokolle.
Die Zusammenfassung nennt das Wichtigste zuerst: Worum geht es? Was wurde entschieden? Was ist zu tun, von wem, bis wann?`,
    SUMMARY_FACTS,
    `${ONLY_RESULT}\n- Schreibe auf Deutsch, in kurzen, klaren Sätzen.`,
  ),
  userTemplate:
    "Fasse den folgenden Text zusammen: {{option.length}}, {{option.form}}.\nSchwerpunkt der Leserin oder des Lesers, falls angegeben: {{option.focus}}\n\n{{text}}",
};

export const kernaussagen: TaskDefinition = {
  ...SUMMARY_DEFAULTS,
  id: "kernaussagen",
  label: { de: "Kernaussagen und Aufgaben", en: "Key points and tasks" },
  description: {
    de: "Nennt die Kernaussagen und alle Aufgaben mit wer, was und bis wann.",
    en: "Lists the key points and every task with who, what and deadline.",
  },
  group: "zusammenfassen",
  options: [],
  temperature: 0.1,
  systemPrompt: join(
    ROLE,
    `Du liest E-Mails, Vermerke und Protokolle und ziehst Kernaussagen und Aufgaben heraus.`,
    `Aufbau der Ausgabe
Kernaussagen:
- eine Zeile je Aussage, das Wichtigste zuerst

Aufgaben:
- Wer: … | Was: … | Bis wann: …

Gibt es keine Aufgaben, schreibe unter „Aufgaben:“ die Zeile „- keine“.
Fehlt bei einer Aufgabe die Person oder die Frist, schreibe „nicht genannt“.`,
    SUMMARY_FACTS,
    `${ONLY_RESULT}\n- Schreibe auf Deutsch.`,
  ),
  userTemplate: "Nenne die Kernaussagen und alle Aufgaben aus dem folgenden Text.\n\n{{text}}",
};
