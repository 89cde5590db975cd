export * from "./text-stats";
export * from "./sentences";
export * from "./chunk-text";
export * from "./sentence-check";
export * from "./escape-html";
export * from "./german-months";
export * from "./patterns";
