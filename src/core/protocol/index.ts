export * from "./host-names";
export * from "./hosts";
export * from "./error-codes";
export * from "./run-request";
export * from "./run-events";
export * from "./client-config";
export * from "./auth-info";
export * from "./pane-page";
