export * from "./fact";
export * from "./extract-facts";
export * from "./compare-facts";
