import { Lexer, type Token, type Tokens } from "marked";
import type { Block, InlineRun } from "./blocks";

/**
 * Turns model Markdown into paragraphs with headings, lists, bold and
 * italic, so that no literal `**`, `#` or `- ` reaches a document. Raw HTML
 * is never passed on: tags of HTML elements are dropped, script and style
 * content with them; other text in angle brackets ("<j.reuter@mail.example>",
 * "<Ihr Name>") is text and stays. Links keep their text only. A single line break starts a new paragraph,
 * because models write "one sentence per line" that way.
 */
export function markdownToBlocks(markdown: string): Block[] {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  const blocks: Block[] = [];
  walkBlocks(tokens, blocks, 0);
  return blocks.filter((block) => block.runs.some((run) => run.text.trim() !== ""));
}

type Style = Pick<InlineRun, "bold" | "italic">;

function walkBlocks(tokens: Token[], out: Block[], listLevel: number, ordered?: boolean): void {
  for (const token of tokens) {
    switch (token.type) {
      case "heading": {
        const { depth, tokens: inline = [] } = token as Tokens.Heading;
        for (const runs of splitLines(inlineRuns(inline, {}))) out.push({ kind: "heading", level: depth, runs });
        break;
      }
      case "paragraph":
      case "text": {
        const inline = (token as Tokens.Paragraph).tokens ?? [{ type: "text", raw: token.raw, text: (token as Tokens.Text).text }];
        for (const runs of splitLines(inlineRuns(inline, {}))) {
          out.push(ordered === undefined ? { kind: "paragraph", runs } : { kind: "listItem", ordered, level: listLevel - 1, runs });
        }
        break;
      }
      case "list": {
        const list = token as Tokens.List;
        for (const item of list.items) walkBlocks(item.tokens, out, listLevel + 1, list.ordered);
        break;
      }
      case "blockquote":
        walkBlocks((token as Tokens.Blockquote).tokens, out, listLevel, ordered);
        break;
      case "code":
        for (const line of (token as Tokens.Code).text.split("\n")) out.push({ kind: "paragraph", runs: [{ text: line }] });
        break;
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          out.push({ kind: "paragraph", runs: joinCells(row.map((cell) => inlineRuns(cell.tokens, {}))) });
        }
        break;
      }
      case "html":
        for (const line of stripHtml((token as Tokens.HTML).text).split("\n")) out.push({ kind: "paragraph", runs: [{ text: line }] });
        break;
      default:
        // space, hr, def: nothing to write.
        break;
    }
  }
}

function inlineRuns(tokens: Token[], style: Style): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "strong":
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case "em":
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case "del":
        runs.push(...inlineRuns((token as Tokens.Del).tokens, style));
        break;
      case "link":
        // An autolink ("<j.reuter@mail.example>") is written as it stood, brackets and all.
        if (/^<[^<>\s]+>$/u.test(token.raw)) runs.push({ text: token.raw, ...style });
        else runs.push(...inlineRuns((token as Tokens.Link).tokens, style));
        break;
      case "text": {
        const text = token as Tokens.Text;
        if (text.tokens) runs.push(...inlineRuns(text.tokens, style));
        else runs.push({ text: decodeEntities(text.text), ...style });
        break;
      }
      case "image":
        runs.push({ text: (token as Tokens.Image).text, ...style });
        break;
      case "br":
        runs.push({ text: "\n", ...style });
        break;
      case "html":
        runs.push({ text: stripHtml((token as Tokens.HTML).text), ...style });
        break;
      case "codespan":
      case "escape":
        runs.push({ text: decodeEntities((token as Tokens.Codespan).text), ...style });
        break;
      default:
        runs.push({ text: "text" in token && typeof token.text === "string" ? token.text : token.raw, ...style });
    }
  }
  return mergeRuns(runs);
}

/** Splits runs at line breaks into one list of runs per paragraph. */
function splitLines(runs: InlineRun[]): InlineRun[][] {
  const lines: InlineRun[][] = [[]];
  for (const run of runs) {
    run.text.split("\n").forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== "") lines.at(-1)!.push({ ...run, text: part });
    });
  }
  return lines.map(trimRuns).filter((line) => line.length > 0);
}

function trimRuns(runs: InlineRun[]): InlineRun[] {
  const out = runs.map((run) => ({ ...run }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((run) => run.text !== "");
}

function joinCells(cells: InlineRun[][]): InlineRun[] {
  return cells.flatMap((cell, index) => (index === 0 ? cell : [{ text: "\t" }, ...cell]));
}

function mergeRuns(runs: InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

const ELEMENTS =
  "a|abbr|address|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|canvas|caption|center|cite|code|col|colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark|meta|meter|nav|noscript|object|ol|optgroup|option|output|p|param|picture|pre|progress|q|s|samp|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr";
/** Tags of HTML elements and comments; "<j.reuter@mail.example>" or "<Ihr Name>" are no tags. */
const TAG = new RegExp(`<!--[\\s\\S]*?(?:-->|$)|<\\/?(?:${ELEMENTS})(?=[\\s/>])[^<>]*>?`, "giu");

/** Drops HTML tags, and script and style elements with their content. Never used to build markup. */
function stripHtml(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/giu, "").replace(TAG, ""));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: "\u00a0" };

/** marked escapes &, <, > and quotes in text tokens; undo that for plain text. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/gu, (_, name: string) => ENTITIES[name]!);
}
