export * from "./analyze";
export * from "./metrics";
export * from "./findings";
export * from "./syllables";
export * from "./hyphenation-counter";
export * from "./tokenize";
export * from "./lexicon/officialese";
