import { escapeHtml } from "../text/escape-html";
import { blockTree, type BlockNode } from "./block-tree";
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
  return blockTree(blocks).map(nodeHtml).join("");
}

function nodeHtml(node: BlockNode): string {
  if (node.kind === "list") {
    const tag = node.ordered ? "ol" : "ul";
    const items = node.items.map((item) => `<li>${runsHtml(item.runs)}${item.lists.map(nodeHtml).join("")}</li>`);
    return `<${tag}>${items.join("")}</${tag}>`;
  }
  const tag = node.kind === "heading" ? `h${Math.min(6, Math.max(1, node.level))}` : "p";
  return `<${tag}>${runsHtml(node.runs)}</${tag}>`;
}
