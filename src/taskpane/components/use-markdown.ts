import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { Block } from "../../core/markdown";
import { loadMarkdown } from "../hosts/result-blocks";

type MarkdownModule = Awaited<ReturnType<typeof loadMarkdown>>;

/**
 * The Markdown parser once its chunk has loaded; undefined before, and for
 * good if it cannot load. Its chunk is asked for once `wanted` is true.
 */
export function useMarkdown(wanted = true): MarkdownModule | undefined {
  const [markdown, setMarkdown] = useState<MarkdownModule>();
  useEffect(() => {
    if (!wanted) return;
    let alive = true;
    loadMarkdown().then(
      (module) => alive && setMarkdown(module),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [wanted]);
  return markdown;
}

/**
 * Above this many characters a streaming result is shown as it comes and
 * parsed once it is finished: parsing it anew 20 times a second would keep
 * the pane busy (about 12 ms for 190,000 characters).
 */
const LIVE_LIMIT = 50_000;

/** A result as the hosts will write it: its blocks, and the plain text of them (what the clerk reads). */
export interface ParsedResult {
  blocks: Block[];
  plain: string;
}

/**
 * Parses the model's Markdown while it streams, deferred so that typing and
 * cancelling stay quick. Undefined before the first text, while the parser
 * loads, or if it cannot: the raw text is shown then, and nothing is lost.
 * The parser loads once a run has begun (`started`), while the model works.
 * With `sentencePerParagraph`, laid out as the hosts write Leichte Sprache.
 */
export function useResultBlocks(text: string, started: boolean, finished: boolean, sentencePerParagraph = false): ParsedResult | undefined {
  const markdown = useMarkdown(started);
  const deferred = useDeferredValue(text);
  // A finished result is parsed at once, so the diff and the scores never see a stale text.
  const source = finished ? text : deferred;
  const live = finished || source.length <= LIVE_LIMIT;
  return useMemo(() => {
    if (!markdown || !live) return undefined;
    // Leichte Sprache goes in a sentence per line, and reads so here too.
    const blocks = markdown.laidOutBlocks(source, sentencePerParagraph);
    return { blocks, plain: markdown.blocksToText(blocks) };
  }, [markdown, source, live, sentencePerParagraph]);
}
