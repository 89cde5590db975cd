import { convert } from "html-to-text";

/**
 * An email body as clean text: paragraphs as blank-line separated blocks,
 * lists as "- " or "1. " lines, no link targets, images or styles. The
 * HTML is only parsed, never rendered or executed.
 */
export function emailHtmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "head", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "ul", options: { itemPrefix: "- " } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
      { selector: "hr", format: "blockString", options: { string: "________________________________" } },
    ],
  })
    .replace(/\u00a0/gu, " ")
    .replace(/[ \t]+$/gmu, "")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
