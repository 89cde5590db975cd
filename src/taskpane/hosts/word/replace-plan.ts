import type { Block } from "../../../core/markdown";
import { HostError, type AffectedParagraph } from "../host-error";
import { countKinds, planParagraph, type Anchor, type ParagraphPlan } from "./keep-plan";
import { paragraphAnchors } from "./paragraph-anchors";
import type { WordHandle } from "./paragraph-info";
import type { WordApi } from "./word-api";
import { mapsOntoParagraphs } from "./write-blocks";

/** How "Ersetzen" writes a result, decided before anything is queued, so that a refusal leaves the document untouched. */
export type ReplaceStrategy =
  /** One result block per text paragraph, each written in place (`plans` by text paragraph). */
  | { kind: "paragraphs"; plans: ParagraphPlan[]; anchors: Anchor[][] }
  /** New paragraphs after the originals, then the originals removed (WordApi 1.3, whole paragraphs). */
  | { kind: "structure" }
  /** One block into the range. */
  | { kind: "runs" }
  /** Sanitised HTML into the range (WordApi 1.1). */
  | { kind: "html" };

/**
 * `texts` are the paragraphs' texts as Word has them now (the same as read:
 * the caller checked), `bodyIndexes` the paragraphs outside tables. A table
 * is never overwritten; nor is a paragraph's footnote, field, comment, …:
 * such a paragraph is written around its objects or left as it is, and where
 * neither is possible, nothing is written and the error says where and what.
 */
export function planReplace(api: WordApi, handle: WordHandle, blocks: Block[], texts: string[], bodyIndexes: number[]): ReplaceStrategy {
  const anchors = paragraphAnchors(handle.rawText, texts.length, handle.objects);
  const bodyTexts = bodyIndexes.map((index) => texts[index]!);
  if (mapsOntoParagraphs(blocks, bodyTexts)) {
    if (!anchors) throw refusal([{ counts: countKinds(handle.objects) }]);
    const plans = bodyIndexes.map((index, i) => planParagraph(texts[index]!, anchors[index]!, blocks[i]!.runs));
    const refused = plans.flatMap((plan, i) => (plan.kind === "refuse" ? [{ paragraph: bodyIndexes[i]! + 1, counts: plan.counts }] : []));
    if (refused.length > 0) throw refusal(refused);
    return { kind: "paragraphs", plans, anchors };
  }
  if (bodyIndexes.length !== texts.length) throw new HostError("table_in_selection");
  // Any other shape rewrites whole paragraphs: what they hold would go with them.
  if (!anchors) {
    if (handle.objects.length > 0) throw refusal([{ counts: countKinds(handle.objects) }]);
  } else {
    const affected = bodyIndexes.flatMap((index) => (anchors[index]!.length > 0 ? [{ paragraph: index + 1, counts: countKinds(anchors[index]!) }] : []));
    if (affected.length > 0) throw refusal(affected);
  }
  if (api.paragraphs && handle.wholeParagraphs) return { kind: "structure" };
  return blocks.length === 1 ? { kind: "runs" } : { kind: "html" };
}

const refusal = (affected: AffectedParagraph[]) => new HostError("objects_in_the_way", { affected });
