import type { Browser } from "playwright-core";
import type { KokiConfigInput } from "../../src/server/config/config-schema";
import { launchBrowser } from "./browser";
import { startGatewayFor, type RunningGateway } from "./gateway";
import { startScriptedBackend, type RecordedRequest, type Script, type ScriptedBackend } from "./scripted-backend";

export interface PaneStack {
  browser: Browser;
  backend: ScriptedBackend;
  gateway: RunningGateway;
}

/** What a pane browser test runs against: a scripted backend, the real gateway in front of it, and Chromium. */
export async function startPaneStack(script: (request: RecordedRequest, index: number) => Script, config: KokiConfigInput = {}): Promise<PaneStack> {
  const backend = await startScriptedBackend(script);
  const gateway = await startGatewayFor(backend, config);
  return { backend, gateway, browser: await launchBrowser() };
}

/** Closes what startPaneStack opened, also after a failed start. */
export async function stopPaneStack(stack: Partial<PaneStack>): Promise<void> {
  await stack.browser?.close();
  await stack.gateway?.close();
  await stack.backend?.close();
}
