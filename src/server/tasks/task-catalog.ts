import { FACT_KINDS } from "../../core/facts";
import { BUILT_IN_TASKS, type TaskDefinition } from "../../core/tasks";
import type { AgentConfig } from "../config/agent-schema";
import type { KokiConfig } from "../config/config-schema";

function fromAgent(agent: AgentConfig): TaskDefinition {
  return {
    id: agent.id,
    label: agent.label,
    description: agent.description,
    ...(agent.icon ? { icon: agent.icon } : {}),
    group: agent.group,
    hosts: agent.hosts,
    options: agent.options,
    output: agent.output,
    allowsInstruction: agent.allowInstruction,
    draft: false,
    systemPrompt: agent.systemPrompt,
    userTemplate: agent.userTemplate,
    temperature: agent.temperature,
    model: agent.model,
    maxTokens: agent.maxTokens,
    factCheck: agent.factCheck ?? (agent.output === "rewrite" ? FACT_KINDS : []),
  };
}

/** The tasks this gateway offers: built-ins minus those switched off, then the admin's agents, each with its masking mode. */
export function taskCatalog(config: KokiConfig): TaskDefinition[] {
  const disabled = new Set(config.tasks.disabled);
  const tasks = [...BUILT_IN_TASKS.filter((task) => !disabled.has(task.id)), ...config.tasks.agents.map(fromAgent)];
  return tasks.map((task) => ({ ...task, masking: config.privacy.tasks[task.id] ?? config.privacy.masking }));
}
