import { analyzeReadability, countSyllablesHeuristic, createHyphenationCounter, type LexiconEntry, type SyllableCounter } from "../../core/readability";

export interface AnalyzeRequest {
  id: number;
  text: string;
  lexicon: LexiconEntry[];
}

const scope = self as unknown as { location: Location; onmessage: ((event: MessageEvent<AnalyzeRequest>) => void) | null; postMessage(message: unknown): void };

let counter: Promise<SyllableCounter> | undefined;

/** The syllable patterns come from the gateway (dist/patterns), loaded on first use. */
function syllableCounter(): Promise<SyllableCounter> {
  counter ??= createHyphenationCounter(async (file) => {
    const response = await fetch(new URL(`patterns/${file}`, scope.location.href));
    if (!response.ok) throw new Error(`patterns: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }).catch(() => countSyllablesHeuristic);
  return counter;
}

// Analysis of a long document runs here, off the pane's main thread.
scope.onmessage = (event) => void analyze(event);

async function analyze(event: MessageEvent<AnalyzeRequest>): Promise<void> {
  const { id, text, lexicon } = event.data;
  try {
    const report = analyzeReadability(text, { syllables: await syllableCounter(), lexicon });
    scope.postMessage({ id, report });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
}
