/** Which WordApi minor versions this Word supports (1.1 is the minimum KoKI needs). */
export interface WordApi {
  /** The newest WordApi 1.x set this Word supports: which objects it can list (embedded-objects.ts). */
  minor: number;
  /** 1.3: paragraph styles, lists, tables, ranges that intersect. */
  paragraphs: boolean;
  /** 1.4: change tracking and comments. */
  tracking: boolean;
}

/** Sets are cumulative: a Word with 1.6 has 1.5. */
const NEWEST_KNOWN = 9;

export function detectWordApi(): WordApi | undefined {
  const supports = (minor: number) => Office.context.requirements.isSetSupported("WordApi", `1.${minor}`);
  if (!supports(1)) return undefined;
  let minor = 1;
  while (minor < NEWEST_KNOWN && supports(minor + 1)) minor += 1;
  return { minor, paragraphs: minor >= 3, tracking: minor >= 4 };
}
