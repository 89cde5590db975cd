import { analyzeReadability, type LexiconEntry } from "../../core/readability";
import { expandPaths, InputError, readInput } from "./check-inputs";
import { thresholdSummary, toJson, toText } from "./check-report";
import { nodeSyllableCounter } from "./syllable-counter";

export interface CheckOptions {
  /** Files, folders, or "-" for standard input. */
  paths: readonly string[];
  json: boolean;
  /** Flesch Reading Ease (Amstad) that every file must reach. */
  failUnder?: number;
  /** The admin's own officialese terms. */
  lexicon: readonly LexiconEntry[];
}

export interface CheckResult {
  /** Files (or an empty folder) that could not be read; their errors went to stderr. */
  unreadable: number;
  /** Files below `failUnder`. */
  below: number;
}

/** `koki check`: scores and findings per file; one file that cannot be read is named and the rest still checked. */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const syllables = await nodeSyllableCounter();
  let files: string[];
  try {
    files = await expandPaths(options.paths.length > 0 ? options.paths : ["-"]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    return { unreadable: 1, below: 0 };
  }
  const results = [];
  const scores: { name: string; flesch: number }[] = [];
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readInput(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(error.message);
      unreadable += 1;
      continue;
    }
    const name = file === "-" ? "stdin" : file;
    const report = analyzeReadability(text, { syllables, lexicon: options.lexicon });
    scores.push({ name, flesch: report.metrics.fleschAmstad });
    if (options.json) results.push(toJson(name, report));
    else console.log(`${toText(name, text, report)}\n`);
  }
  // One named file gives one object (as before folders were read); anything else a list, even of one.
  const single = files.length === 1 && files[0] === (options.paths[0] ?? "-") && options.paths.length <= 1;
  if (options.json && results.length > 0) console.log(JSON.stringify(single ? results[0] : results, null, 2));
  const { failUnder } = options;
  if (failUnder === undefined) return { unreadable, below: 0 };
  // The summary goes to stderr under --json, so that stdout stays one JSON value.
  if (scores.length > 0) (options.json ? console.error : console.log)(thresholdSummary(failUnder, scores));
  return { unreadable, below: scores.filter((score) => score.flesch < failUnder).length };
}
