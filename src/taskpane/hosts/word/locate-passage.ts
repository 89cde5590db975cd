import { HostError } from "../host-error";
import { stripPlaceholders } from "./embedded-objects";
import type { WordHandle } from "./paragraph-info";

/** Which paragraph holds offset `start`, and which occurrence of the passage (≤ 255 characters) it is there. */
export function locateInParagraphs(paragraphs: string[], start: number, end: number): { paragraph: number; snippet: string; occurrence: number } | undefined {
  let offset = 0;
  for (const [index, text] of paragraphs.entries()) {
    const local = start - offset;
    if (local >= 0 && local < text.length) {
      const snippet = text.slice(local, Math.min(text.length, local + (end - start), local + 255));
      let occurrence = 0;
      for (let at = text.indexOf(snippet); at >= 0 && at < local; at = text.indexOf(snippet, at + 1)) occurrence += 1;
      return { paragraph: index, snippet, occurrence };
    }
    offset += text.length + 1; // the paragraph mark
  }
  return undefined;
}

/** Selects characters start…end of the source text in the document (for readability findings). */
export async function selectWordPassage(handle: WordHandle, start: number, end: number): Promise<void> {
  const { range } = handle;
  await Word.run(range, async (context) => {
    const paragraphs = range.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    // Table paragraphs were not sent, nor Word's placeholders for note references and pictures: offsets count only the rest.
    const sent = paragraphs.items.filter((_, index) => !handle.paragraphs[index]?.inTable);
    const target = locateInParagraphs(
      sent.map((p) => stripPlaceholders(p.text)),
      start,
      end,
    );
    if (!target) throw new HostError("source_changed");
    // Word's search takes at most 255 characters: find the passage by paragraph, then by occurrence.
    const results = sent[target.paragraph]!.search(target.snippet, { matchCase: true });
    results.load("items");
    await context.sync();
    const hit = results.items[target.occurrence];
    if (!hit) throw new HostError("source_changed");
    hit.select();
    await context.sync();
  });
}
