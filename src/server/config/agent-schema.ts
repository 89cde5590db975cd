import { z } from "zod";
import { FACT_KINDS } from "../../core/facts";
import { HOSTS, hostSchema, localizedSchema, taskGroupSchema, taskOptionSchema, taskOutputSchema } from "../../core/protocol";
import { BUILT_IN_TASKS, templateVariables } from "../../core/tasks";

/**
 * An admin-defined task ("agent") in the config file. Prompts live only
 * here and on the gateway; clients see the public fields.
 */
export const agentSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/u, "use lower-case letters, digits and hyphens (2 to 63 characters)")
      .describe("Unique id, sent by clients and used in usage records; may replace a disabled built-in task's id."),
    label: localizedSchema.check(z.describe("Name in the pane.")),
    description: localizedSchema.check(z.describe("One line under the name.")),
    icon: z.string().min(1).optional().describe("A Fluent UI icon name, e.g. Gavel."),
    group: z._default(taskGroupSchema, "assistenten").describe("Where the pane lists it."),
    hosts: z
      .array(hostSchema)
      .min(1)
      .default([...HOSTS])
      .describe("Where it is offered."),
    systemPrompt: z
      .string()
      .min(1)
      .describe("The model's instructions; may use `{{option.<id>}}` and `{{instruction}}`, never `{{text}}`. KoKI adds its safety rules."),
    userTemplate: z.string().min(1).describe("The request; must contain `{{text}}`, where the document goes as delimited data."),
    options: z
      .array(taskOptionSchema)
      .default([])
      .describe(
        "Form fields for clerks: `{id, type, label, default}`, type `choice` (with `choices`), `text`, `boolean` or `number`; an example is in the README.",
      ),
    output: z
      ._default(taskOutputSchema, "rewrite")
      .describe("What the result is: a rewrite of the text, a summary, a reply draft (Outlook's reply form) or a subject line (Outlook's subject)."),
    model: z.string().min(1).optional().describe("Model for this agent; defaults to `llm.model`."),
    temperature: z.number().min(0).max(2).default(0.3).describe("Sampling temperature."),
    maxTokens: z.number().int().positive().optional().describe("Cap on the answer length in tokens; defaults to `llm.maxTokens`."),
    allowInstruction: z.boolean().default(false).describe("Lets clerks add their own wish to the prompt. Off unless the admin enables it."),
    groups: z.array(z.string().min(1)).optional().describe("Groups or app roles that may use this agent; empty or missing: every signed-in user."),
    factCheck: z.array(z.enum(FACT_KINDS)).optional().describe("Facts the result must keep; defaults to all for rewrites and none otherwise."),
  })
  .strict()
  .superRefine((agent, ctx) => {
    const known = new Set(["text", "instruction", ...agent.options.map((option) => `option.${option.id}`)]);
    for (const key of ["systemPrompt", "userTemplate"] as const) {
      for (const name of templateVariables(agent[key])) {
        if (!known.has(name)) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `unknown template variable {{${name}}}; known: ${[...known].map((k) => `{{${k}}}`).join(", ")}`,
          });
        }
      }
    }
    if (!templateVariables(agent.userTemplate).includes("text")) {
      ctx.addIssue({ code: "custom", path: ["userTemplate"], message: "must contain {{text}}, where the document goes" });
    }
    if (templateVariables(agent.systemPrompt).includes("text")) {
      ctx.addIssue({ code: "custom", path: ["systemPrompt"], message: "must not contain {{text}}; the document belongs in userTemplate" });
    }
    agent.options.forEach((option, index) => {
      if (option.type === "choice" && !option.choices.some((choice) => choice.value === option.default)) {
        ctx.addIssue({ code: "custom", path: ["options", index, "default"], message: "must be one of the choices" });
      }
      if (option.type === "number" && (option.default < option.min || option.default > option.max)) {
        ctx.addIssue({ code: "custom", path: ["options", index, "default"], message: "must lie between min and max" });
      }
    });
  });

export type AgentConfig = z.output<typeof agentSchema>;

export const tasksConfigSchema = z
  .object({
    disabled: z
      .array(z.string())
      .default([])
      .describe(`Built-in task ids to switch off: ${BUILT_IN_TASKS.map((task) => task.id).join(", ")}.`),
    agents: z
      .array(agentSchema.describe("One agent; its fields follow."))
      .default([])
      .describe("The admin's own tasks (prompt templates); an example is in the README."),
    access: z
      .record(z.string(), z.array(z.string().min(1)).min(1))
      .default({})
      .describe("Built-in task id → groups or app roles that may use it; tasks not listed are open to every signed-in user."),
  })
  .strict();
