import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, createElement, type ReactNode } from "react";
import { blockTree, type BlockNode, type ListNode } from "../../core/markdown/block-tree";
import type { Block, InlineRun } from "../../core/markdown/blocks";

const useStyles = makeStyles({
  // Space between blocks by margins: flex items in a box of limited height would shrink into each other.
  blocks: { "& > *": { margin: 0 }, "& > * + *": { marginTop: tokens.spacingVerticalS } },
  heading: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

function Runs({ runs }: { runs: InlineRun[] }) {
  return runs.map((run, index) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <Fragment key={index}>{node}</Fragment>;
  });
}

function List({ list, className }: { list: ListNode; className: string }) {
  const items = list.items.map((item, index) => (
    <li key={index}>
      <Runs runs={item.runs} />
      {item.lists.map((nested, at) => (
        <List key={at} list={nested} className={className} />
      ))}
    </li>
  ));
  return list.ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
}

/**
 * The model's headings under the result's own (h2): the highest level the
 * model used becomes h3, the next h4, so the outline has no gaps.
 */
function headingTags(blocks: Block[]): (level: number) => string {
  const levels = [...new Set(blocks.flatMap((block) => (block.kind === "heading" ? [block.level] : [])))].sort((a, b) => a - b);
  return (level) => `h${Math.min(6, 3 + levels.indexOf(level))}`;
}

/** A result as it will be written: headings, paragraphs, lists, bold and italic, without Markdown marks. */
export function FormattedResult({ blocks }: { blocks: Block[] }) {
  const styles = useStyles();
  const tag = headingTags(blocks);
  return (
    <div className={styles.blocks}>
      {blockTree(blocks).map((node: BlockNode, index) =>
        node.kind === "list" ? (
          <List key={index} list={node} className={styles.list} />
        ) : node.kind === "heading" ? (
          createElement(tag(node.level), { key: index, className: styles.heading }, <Runs runs={node.runs} />)
        ) : (
          <p key={index}>
            <Runs runs={node.runs} />
          </p>
        ),
      )}
    </div>
  );
}
