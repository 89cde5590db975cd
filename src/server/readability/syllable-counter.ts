import { readFile } from "node:fs/promises";
import { createHyphenationCounter, type SyllableCounter } from "../../core/readability";

let counter: Promise<SyllableCounter> | undefined;

/** The hyphenopoly syllable counter with its patterns read from node_modules, loaded once. */
export function nodeSyllableCounter(): Promise<SyllableCounter> {
  counter ??= createHyphenationCounter(async (file, patternDir) => readFile(new URL(file, patternDir)));
  return counter;
}
