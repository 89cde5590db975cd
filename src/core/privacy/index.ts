export * from "./pii-types";
export * from "./checksums";
export * from "./detect-structured";
export * from "./detect-names";
export * from "./detect-addresses";
export * from "./mask-text";
export * from "./doubtful-names";
export * from "./unmasker";
