import type { Anchor } from "./keep-plan";
import type { PlacedObject } from "./object-positions";

/**
 * Which objects lie in which paragraph of the source, with offsets in that
 * paragraph's piece of the range text. An object over a paragraph mark
 * belongs to both paragraphs (and, reaching out of each, is kept in
 * neither). Undefined where Word could not measure or the pieces do not line
 * up with the paragraphs: then no paragraph with objects is rewritten.
 */
export function paragraphAnchors(rawText: string, paragraphCount: number, objects: readonly PlacedObject[]): Anchor[][] | undefined {
  const pieces = rawText.split("\r");
  if (pieces.length !== paragraphCount) return objects.length === 0 ? pieces.map(() => []) : undefined;
  const anchors: Anchor[][] = pieces.map(() => []);
  let pieceStart = 0;
  for (const [index, piece] of pieces.entries()) {
    const pieceEnd = pieceStart + piece.length;
    for (const [ref, { kind, start, end }] of objects.entries()) {
      if (start === undefined || end === undefined) return undefined;
      const inside = start === end ? start >= pieceStart && start <= pieceEnd : start < pieceEnd + 1 && end > pieceStart;
      if (inside) anchors[index]!.push({ kind, start: start - pieceStart, end: end - pieceStart, ref });
    }
    pieceStart = pieceEnd + 1; // the paragraph mark
  }
  return anchors;
}
