#!/usr/bin/env node
"use strict";
// The gateway is compiled to build/ by `npm run build`.
let main;
try {
  ({ main } = require("../build/server/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("build/server/cli/main.js")) {
    console.error('KoKI is not built yet. Run "npm run build" (or "npm start") first.');
    process.exit(1);
  }
  throw error;
}
main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
