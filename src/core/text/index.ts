export * from "./text-stats";
