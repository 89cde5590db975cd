export * from "./task-definition";
export * from "./catalog";
export * from "./build-messages";
export * from "./document-delimiter";
export * from "./resolve-options";
export * from "./template";
