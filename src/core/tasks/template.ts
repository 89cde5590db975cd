/** Renders {{name}} variables. Unknown names are an error, never left in a prompt. */
const VARIABLE = /\{\{\s*([\w.]+)\s*\}\}/gu;

export class TemplateError extends Error {
  override name = "TemplateError";
}

export function templateVariables(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((match) => match[1]!);
}

export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(VARIABLE, (_, name: string) => {
    if (!(name in values)) throw new TemplateError(`unknown template variable {{${name}}}`);
    return values[name]!;
  });
}
