/** A text email as Outlook's HTML body: one <p> per paragraph, <br> per line. */
export function emailAsHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
  return `<html><head><meta charset="utf-8"></head><body>${text
    .trim()
    .split(/\n\s*\n/u)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/gu, "<br>")}</p>`)
    .join("")}</body></html>`;
}
