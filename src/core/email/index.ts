export * from "./email-html-to-text";
export * from "./split-thread";
export * from "./split-compose-html";
