import { escapeHtml } from "../text/escape-html";
import type { Block, InlineRun } from "./blocks";

/** One paragraph's runs as inline HTML, for writing into an existing paragraph. */
export function runsHtml(runs: InlineRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join("");
}

/**
 * Plain, style-free HTML (no inline CSS, which Outlook rejects) for hosts
 * that take HTML. Every text is escaped; hosts still sanitise before use.
 */
export function blocksToHtml(blocks: Block[]): string {
  const out: string[] = [];
  const open: ("ul" | "ol")[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) out.push(`</li></${open.pop()}>`);
  };
  for (const block of blocks) {
    if (block.kind !== "listItem") {
      closeTo(0);
      const tag = block.kind === "heading" ? `h${Math.min(6, Math.max(1, block.level))}` : "p";
      out.push(`<${tag}>${runsHtml(block.runs)}</${tag}>`);
      continue;
    }
    const depth = block.level + 1;
    const tag = block.ordered ? "ol" : "ul";
    if (open.length >= depth && open[depth - 1] !== tag) closeTo(depth - 1);
    closeTo(depth);
    if (open.length === depth) out.push("</li>");
    while (open.length < depth) {
      open.push(tag);
      out.push(`<${tag}>`);
    }
    out.push(`<li>${runsHtml(block.runs)}`);
  }
  closeTo(0);
  return out.join("");
}
