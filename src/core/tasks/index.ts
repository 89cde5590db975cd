export * from "./task-definition";
export * from "./catalog";
export * from "./build-messages";
export * from "./document-delimiter";
