import type { EmbeddedCounts, EmbeddedKind, InsertMode } from "../hosts/host-adapter";
import type { AffectedParagraph } from "../hosts/host-error";
import type { Translator } from "../i18n/i18n";

/** "a, b und c" (or "oder"). */
function joinList(i18n: Translator, items: string[], word: "list.and" | "list.or"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${i18n.t(word)} ${items.at(-1)!}`;
}

/** "2 Fußnoten und 1 Feld". */
export function objectList(i18n: Translator, counts: EmbeddedCounts): string {
  const items = Object.entries(counts).map(([kind, count]) => i18n.count(`object.${kind as EmbeddedKind}`, count));
  return joinList(i18n, items, "list.and");
}

/** "Fußnoten, Endnoten oder Felder": each kind's plural without its count. */
export function kindList(i18n: Translator, kinds: EmbeddedKind[]): string {
  return joinList(
    i18n,
    kinds.map((kind) => i18n.t(`object.${kind}.other`, { count: "" }).trim()),
    "list.or",
  );
}

/** Why "Ersetzen" wrote nothing: what sits where, and what the clerk can do instead. */
export function affectedText(i18n: Translator, affected: AffectedParagraph[], modes: readonly InsertMode[]): string {
  const where = affected.map(({ paragraph, counts }) =>
    paragraph === undefined
      ? i18n.t("insert.objectsHere", { objects: objectList(i18n, counts) })
      : i18n.t("insert.objectsAt", { paragraph, objects: objectList(i18n, counts) }),
  );
  const advice = i18n.t(modes.includes("comment") ? "insert.objectsAdvice" : "insert.objectsAdviceBelow");
  // Pending changes the clerk can settle first, and then replace.
  const review = affected.some(({ counts }) => counts.trackedChange) ? [i18n.t("insert.objectsReview")] : [];
  return [...where, advice, ...review].join(" ");
}
