export * from "./output-cleaner";
