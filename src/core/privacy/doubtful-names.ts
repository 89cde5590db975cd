import { DIRECT_CUE, NAME_FIELD, ROLE } from "./name-cues";
import { TITLE_ABBREVIATIONS, notAName } from "./name-patterns";

/** Where a name is expected: after "Herr", "Frau", a form field or role with a colon, "z. Hd.", "c/o", "gez.". */
const CUE = new RegExp(
  String.raw`(?:\b(?:Herrn?|Frau)|(?<![\p{L}])(?:${NAME_FIELD}|${ROLE})[ \t]*:|(?<![\p{L}])${DIRECT_CUE})[ \t]+(?:${TITLE_ABBREVIATIONS}[ \t]+)*([^\s,.;:()<>"„“]+)(?![^\s,.;:()<>"„“])(?![ \t]+(?:GmbH|AG|KG|OHG|UG|eG|e\.\s?V\.|mbH|GbR)(?![\p{L}]))`,
  "gu",
);
const PLACEHOLDER = /^\[[A-Z_]+_\d+\]$/u;

/**
 * Words in masked text that stand where a name is expected but were not
 * replaced ("Frau MÜLLER" when no detector placed it), so the pane can say
 * that a name may have gone out. Lower-case words, titles, offices and
 * placeholders are not doubtful.
 */
export function doubtfulNames(maskedText: string): string[] {
  const words = [...maskedText.matchAll(CUE)].map((match) => match[1]!);
  return [...new Set(words.filter((word) => /^\p{Lu}/u.test(word) && !PLACEHOLDER.test(word) && !notAName(word)))];
}
