/** A run of text with the inline formatting KoKI carries into documents. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One paragraph of a result, as the hosts write it. */
export type Block =
  | { kind: "heading"; level: number; runs: InlineRun[] }
  | { kind: "paragraph"; runs: InlineRun[] }
  | { kind: "listItem"; ordered: boolean; level: number; runs: InlineRun[] };

export function blockText(block: Block): string {
  return block.runs.map((run) => run.text).join("");
}
