/** Which WordApi minor versions this Word supports (1.1 is the minimum KoKI needs). */
export interface WordApi {
  /** 1.3: paragraph styles, lists, tables, ranges that intersect. */
  paragraphs: boolean;
  /** 1.4: change tracking and comments. */
  tracking: boolean;
}

export function detectWordApi(): WordApi | undefined {
  const supports = (minor: number) => Office.context.requirements.isSetSupported("WordApi", `1.${minor}`);
  if (!supports(1)) return undefined;
  return { paragraphs: supports(3), tracking: supports(4) };
}
