export * from "./pii-types";
export * from "./checksums";
export * from "./detect-structured";
export * from "./detect-names-addresses";
export * from "./mask-text";
export * from "./unmasker";
export * from "./detection-quality";
