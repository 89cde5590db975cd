// Writes docs/CONFIG.md from the config schema: npm run docs:config
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { configReference } from "../src/server/config/config-reference";

writeFileSync(join(__dirname, "..", "docs", "CONFIG.md"), configReference());
console.log("docs/CONFIG.md");
