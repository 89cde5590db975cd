export * from "./blocks";
export * from "./block-tree";
export * from "./markdown-to-blocks";
export * from "./blocks-to-html";
export * from "./blocks-to-text";
export * from "./one-sentence-per-paragraph";
export * from "./laid-out-blocks";
