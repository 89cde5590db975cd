import { fristTool } from "./frist/frist-tool";
import { heuteTool } from "./heute/heute-tool";
import { prueflisteTool } from "./pruefliste/pruefliste-tool";
import { rechnenTool } from "./rechnen/rechnen-tool";
import type { Reasoned, ToolOutcome, ToolSettings } from "./tool";

/** The built-in deterministic tools by name. `suche` joins when the knowledge base exists. */
export const BUILT_IN_TOOLS = {
  frist: fristTool,
  rechnen: rechnenTool,
  heute: heuteTool,
  pruefliste: prueflisteTool,
} as const;

export type ToolName = keyof typeof BUILT_IN_TOOLS;
export const TOOL_NAMES = Object.keys(BUILT_IN_TOOLS) as ToolName[];

export function isToolName(name: string): name is ToolName {
  return Object.hasOwn(BUILT_IN_TOOLS, name);
}

/** An OpenAI `tools` entry (Chat Completions), which vLLM and Ollama accept as well. */
export interface OpenAiTool {
  type: "function";
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** The `tools` of a request: only the names an agent lists. */
export function openAiTools(names: readonly ToolName[]): OpenAiTool[] {
  return names.map((name) => {
    const tool = BUILT_IN_TOOLS[name];
    return { type: "function", function: { name: tool.name, description: tool.description, parameters: tool.parameters() } };
  });
}

/**
 * Runs a built-in tool by name on raw arguments (a model's tool call or an agent step).
 * An unknown name or bad input is `{ ok: false, fehler }` in German, never an exception.
 */
export function runBuiltInTool(name: string, raw: unknown, settings: ToolSettings = {}): ToolOutcome<Reasoned> {
  if (!isToolName(name)) return { ok: false, fehler: `Das Werkzeug „${name}“ gibt es nicht. Es gibt: ${TOOL_NAMES.join(", ")}.` };
  return BUILT_IN_TOOLS[name].call(raw, settings);
}
