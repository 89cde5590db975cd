import type { OptionValue, TaskOption } from "../protocol";

/** A client sent an option the task does not declare, or a value out of range. */
export class OptionError extends Error {
  override name = "OptionError";

  constructor(
    readonly optionId: string,
    message: string,
  ) {
    super(message);
  }
}

function checkValue(option: TaskOption, value: OptionValue): OptionValue {
  switch (option.type) {
    case "choice":
      if (typeof value !== "string" || !option.choices.some((choice) => choice.value === value)) {
        throw new OptionError(option.id, `erlaubt sind: ${option.choices.map((choice) => choice.value).join(", ")}`);
      }
      return value;
    case "text":
      if (typeof value !== "string") throw new OptionError(option.id, "erwartet wird Text");
      if (value.length > option.maxLength) throw new OptionError(option.id, `höchstens ${option.maxLength} Zeichen`);
      return value.trim();
    case "boolean":
      if (typeof value !== "boolean") throw new OptionError(option.id, "erwartet wird true oder false");
      return value;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value) || value < option.min || value > option.max) {
        throw new OptionError(option.id, `erwartet wird eine Zahl von ${option.min} bis ${option.max}`);
      }
      return value;
  }
}

/** Whether the option takes this value (a remembered choice the admin has since removed does not). */
export function acceptsValue(option: TaskOption, value: OptionValue): boolean {
  try {
    checkValue(option, value);
    return true;
  } catch {
    return false;
  }
}

/** Checks a client's options against the task's declarations and fills in defaults. */
export function resolveOptions(declared: readonly TaskOption[], given: Record<string, OptionValue>): Record<string, OptionValue> {
  for (const id of Object.keys(given)) {
    if (!declared.some((option) => option.id === id)) throw new OptionError(id, "diese Einstellung gibt es für die Aufgabe nicht");
  }
  return Object.fromEntries(declared.map((option) => [option.id, valueFor(option, given)]));
}

function valueFor(option: TaskOption, given: Record<string, OptionValue>): OptionValue {
  return option.id in given ? checkValue(option, given[option.id]!) : option.default;
}
