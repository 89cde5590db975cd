import type { Block, InlineRun } from "./blocks";

/** A list item, with the lists nested in it. */
export interface ListItemNode {
  runs: InlineRun[];
  lists: ListNode[];
}

export interface ListNode {
  kind: "list";
  ordered: boolean;
  items: ListItemNode[];
}

/** A heading, a paragraph, or a whole list with its nested lists. */
export type BlockNode = Exclude<Block, { kind: "listItem" }> | ListNode;

/**
 * Blocks with their list items gathered into nested lists, for output that
 * has list elements (HTML, the pane's result view). A list that starts
 * deeper than its parent gets an empty item to hang from, so the nesting
 * stays valid; a change between numbered and bulleted starts a new list.
 */
export function blockTree(blocks: Block[]): BlockNode[] {
  const out: BlockNode[] = [];
  // The lists open at the current item, outermost first.
  const open: ListNode[] = [];
  for (const block of blocks) {
    if (block.kind !== "listItem") {
      open.length = 0;
      out.push(block);
      continue;
    }
    const depth = block.level + 1;
    open.length = Math.min(open.length, open[depth - 1]?.ordered === block.ordered ? depth : depth - 1);
    while (open.length < depth) {
      const list: ListNode = { kind: "list", ordered: block.ordered, items: [] };
      const parent = open.at(-1);
      if (parent) {
        if (parent.items.length === 0) parent.items.push({ runs: [], lists: [] });
        parent.items.at(-1)!.lists.push(list);
      } else {
        out.push(list);
      }
      open.push(list);
    }
    open[depth - 1]!.items.push({ runs: block.runs, lists: [] });
  }
  return out;
}
