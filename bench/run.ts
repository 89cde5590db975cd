/** Runs every benchmark and prints Markdown for docs/BENCHMARKS.md. */
import { cpus } from "node:os";
import { gatewayOverhead } from "./gateway-overhead";

async function main(): Promise<void> {
  console.log(`## Run of ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpus().length} cores)\n`);
  console.log(await gatewayOverhead());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
