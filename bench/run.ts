/** Runs every benchmark and prints Markdown for docs/BENCHMARKS.md. */
import { cpus } from "node:os";
import { gatewayLoad } from "./gateway-load";
import { longSummary } from "./long-summary";
import { paneLoad } from "./pane-load";
import { privacyBench } from "./privacy";
import { readabilityBench } from "./readability";

async function main(): Promise<void> {
  console.log(`## Run of ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpus().length} cores)\n`);
  const only = process.argv[2];
  if (!only || only === "gateway") console.log(`${await gatewayLoad()}\n`);
  if (!only || only === "summary") console.log(`${await longSummary()}\n`);
  if (!only || only === "readability") console.log(`${await readabilityBench()}\n`);
  if (!only || only === "privacy") console.log(`${await privacyBench()}\n`);
  if (!only || only === "pane") console.log(`${await paneLoad()}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
