export * from "./word-changes";
