import { blockText, type Block } from "./blocks";

/** Plain text without Markdown marks, for plain-text bodies and the clipboard. */
export function blocksToText(blocks: Block[]): string {
  const counters: number[] = [];
  return blocks
    .map((block) => {
      if (block.kind !== "listItem") {
        counters.length = 0;
        return blockText(block);
      }
      counters.length = block.level + 1;
      counters[block.level] = (counters[block.level] ?? 0) + 1;
      const marker = block.ordered ? `${counters[block.level]}.` : "•";
      return `${"  ".repeat(block.level)}${marker} ${blockText(block)}`;
    })
    .join("\n");
}
