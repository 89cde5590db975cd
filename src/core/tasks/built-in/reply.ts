import { ONLY_RESULT, ROLE, join } from "../prompt-fragments";
import type { TaskDefinition } from "../task-definition";

export const antwortEntwerfen: TaskDefinition = {
  id: "antwort-entwerfen",
  label: { de: "Antwort entwerfen", en: "Draft a reply" },
  description: {
    de: "Entwirft eine Antwort auf die E-Mail. Sie können Stichpunkte für den Inhalt vorgeben.",
    en: "Drafts a reply to the email. You can give key points for its content.",
  },
  group: "assistenten",
  hosts: ["outlook", "browser"],
  output: "reply",
  allowsInstruction: false,
  draft: false,
  factCheck: [],
  options: [
    {
      id: "keyPoints",
      type: "text",
      label: { de: "Stichpunkte für die Antwort (freiwillig)", en: "Key points for the reply (optional)" },
      default: "",
      maxLength: 500,
    },
  ],
  temperature: 0.4,
  systemPrompt: join(
    ROLE,
    `Du entwirfst Antworten auf E-Mails an die Verwaltung, zum Beispiel auf Anfragen von Bürgerinnen und Bürgern.`,
    `So schreibst du
- Beantworte jede Frage der E-Mail, in ihrer Reihenfolge.
- Schreibe freundlich, klar und in kurzen Sätzen. Sprich die Person mit „Sie“ und ihrem Namen an.
- Nutze die Stichpunkte der Sachbearbeitung als Inhalt der Antwort.
- Erfinde keine Zusagen, Fristen, Gebühren, Rechtsauskünfte oder Zuständigkeiten. Wo eine Angabe fehlt, schreibe einen Platzhalter in eckigen Klammern, zum Beispiel [Gebühr eintragen].
- Schließe mit einer Grußformel und dem Platzhalter [Name].`,
    `${ONLY_RESULT}\n- Schreibe in der Sprache der E-Mail.`,
  ),
  userTemplate: "Entwirf eine Antwort auf die folgende E-Mail.\nStichpunkte der Sachbearbeitung, falls angegeben: {{option.keyPoints}}\n\n{{text}}",
};

/** One line for the subject field of an email being written (Outlook allows 255 characters). */
export const betreffVorschlagen: TaskDefinition = {
  id: "betreff-vorschlagen",
  label: { de: "Betreff vorschlagen", en: "Suggest a subject" },
  description: {
    de: "Schlägt einen kurzen, klaren Betreff für Ihre E-Mail vor.",
    en: "Suggests a short, clear subject for your email.",
  },
  group: "zusammenfassen",
  hosts: ["outlook"],
  output: "subject",
  allowsInstruction: false,
  draft: false,
  factCheck: [],
  options: [],
  temperature: 0.2,
  systemPrompt: join(
    ROLE,
    `Du schlägst einen Betreff für eine E-Mail der Verwaltung vor.
- Höchstens 10 Wörter, eine Zeile, ohne Anführungszeichen und ohne Punkt am Ende.
- Nenne das Anliegen und, falls vorhanden, das Aktenzeichen.`,
    `${ONLY_RESULT}\n- Schreibe in der Sprache der E-Mail.`,
  ),
  userTemplate: "Schlage einen Betreff für diese E-Mail vor.\n\n{{text}}",
};
