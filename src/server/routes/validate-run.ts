import { runRequestSchema, type Host, type OptionValue } from "../../core/protocol";
import { isBlank } from "../../core/text";
import { OptionError, findTask, resolveOptions, type TaskDefinition } from "../../core/tasks";
import { GatewayError } from "../http/gateway-error";

const FIELD_NAMES: Record<string, string> = {
  task: "„task“ (die Aufgabe)",
  text: "„text“ (der Text)",
  options: "„options“ (die Einstellungen)",
  instruction: "„instruction“ (eigene Anweisung, höchstens 1.000 Zeichen)",
  host: "„host“ (word, outlook oder browser)",
};

/**
 * Text from Word or Outlook can carry control characters and, after a bad
 * copy, lone UTF-16 surrogates. KoKI normalises rather than refuses: control
 * characters other than tab and line breaks are removed, lone surrogates
 * become U+FFFD.
 */
export function normaliseText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, "").toWellFormed();
}

export interface ValidRun {
  task: TaskDefinition;
  text: string;
  host: Host;
  options: Record<string, OptionValue>;
  instruction?: string;
}

function checkOptions(task: TaskDefinition, given: Record<string, OptionValue>): Record<string, OptionValue> {
  try {
    return resolveOptions(task.options, given);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    throw new GatewayError("invalid_option", 400, `Die Einstellung „${error.optionId.slice(0, 40)}“ ist ungültig: ${error.message}.`);
  }
}

/** Checks a run request and names the problem in plain German. */
export function validateRun(body: unknown, tasks: readonly TaskDefinition[], maxInputChars: number): ValidRun {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new GatewayError("invalid_request", 400, "Die Anfrage muss ein JSON-Objekt mit den Feldern „task“ und „text“ sein.");
  }
  const raw = body as Record<string, unknown>;
  if (raw.task === undefined || raw.task === "") throw new GatewayError("missing_task", 400);
  const parsed = runRequestSchema.safeParse(body);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    const name = FIELD_NAMES[field] ?? `„${field}“`;
    throw new GatewayError("invalid_request", 400, `Das Feld ${name} fehlt oder hat einen ungültigen Wert.`);
  }
  const { task: taskId, host, instruction } = parsed.data;
  const text = normaliseText(parsed.data.text);
  const task = findTask(tasks, taskId);
  if (!task) throw new GatewayError("unknown_task", 400, `Die Aufgabe „${taskId.slice(0, 60)}“ gibt es nicht. Bitte laden Sie KoKI neu.`);
  if (!task.hosts.includes(host)) throw new GatewayError("task_not_for_host", 400);
  if (isBlank(text)) throw new GatewayError("empty_text", 400);
  if (text.length > maxInputChars) {
    throw new GatewayError(
      "text_too_long",
      413,
      `Der Text ist zu lang: ${text.length.toLocaleString("de-DE")} Zeichen. KoKI nimmt höchstens ${maxInputChars.toLocaleString("de-DE")} Zeichen an. Bitte markieren Sie einen kürzeren Abschnitt.`,
    );
  }
  const options = checkOptions(task, parsed.data.options);
  if (instruction?.trim() && !task.allowsInstruction) {
    throw new GatewayError("invalid_request", 400, "Diese Aufgabe nimmt keine eigenen Anweisungen an.");
  }
  return { task, text, host, options, instruction: instruction?.trim() || undefined };
}
