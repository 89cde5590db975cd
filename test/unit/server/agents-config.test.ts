import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../../src/server/config/load-config";
import { taskCatalog } from "../../../src/server/tasks/task-catalog";

const dir = mkdtempSync(join(tmpdir(), "koki-agents-"));
let n = 0;
function configFile(yaml: string): string {
  const path = join(dir, `koki-${n++}.yaml`);
  writeFileSync(path, yaml);
  return path;
}

const AGENT = `tasks:
  disabled: [ton-freundlich]
  agents:
    - id: widerspruch-antwort
      label: { de: "Widerspruch beantworten", en: "Answer an objection" }
      description: { de: "Entwirft eine Antwort auf einen Widerspruch.", en: "Drafts a reply to an objection." }
      icon: Gavel
      hosts: [word, browser]
      output: reply
      temperature: 0.2
      model: gross
      options:
        - id: tonfall
          type: choice
          label: { de: Tonfall, en: Tone }
          default: sachlich
          choices:
            - { value: sachlich, label: { de: sachlich, en: factual } }
            - { value: warm, label: { de: warm, en: warm } }
      systemPrompt: "Du bist Sachbearbeiterin im Rechtsamt. Ton: {{option.tonfall}}."
      userTemplate: "Beantworte diesen Widerspruch:\\n\\n{{text}}"
`;

describe("agents in the config file", () => {
  test("an agent is added and a built-in switched off", () => {
    const tasks = taskCatalog(loadConfig({ KOKI_CONFIG: configFile(AGENT) }));
    const ids = tasks.map((t) => t.id);
    expect(ids).toContain("widerspruch-antwort");
    expect(ids).not.toContain("ton-freundlich");
    const agent = tasks.find((t) => t.id === "widerspruch-antwort")!;
    expect(agent).toMatchObject({ group: "assistenten", icon: "Gavel", hosts: ["word", "browser"], output: "reply", model: "gross", factCheck: [] });
  });

  const broken: [string, string, RegExp][] = [
    [
      "an unknown template variable",
      AGENT.replace("{{option.tonfall}}", "{{option.stimmung}}"),
      /key "tasks.agents.0.systemPrompt": unknown template variable \{\{option.stimmung\}\}/,
    ],
    ["a user template without {{text}}", AGENT.replace("{{text}}", "der Text"), /key "tasks.agents.0.userTemplate": must contain \{\{text\}\}/],
    [
      "a default that is not a choice",
      AGENT.replace("default: sachlich", "default: frech"),
      /key "tasks.agents.0.options.0.default": must be one of the choices/,
    ],
    [
      "an id that clashes with a built-in",
      AGENT.replace("id: widerspruch-antwort", "id: einfache-sprache"),
      /key "tasks.agents.0.id": "einfache-sprache" is already a task/,
    ],
    ["an unknown built-in to disable", AGENT.replace("[ton-freundlich]", "[ton-frech]"), /key "tasks.disabled.0": "ton-frech" is not a built-in task/],
    ["a misspelt agent key", AGENT.replace("systemPrompt:", "systemprompt:"), /key "tasks.agents.0(.systemPrompt)?"/],
    ["a bad id", AGENT.replace("id: widerspruch-antwort", "id: Widerspruch Antwort"), /key "tasks.agents.0.id": use lower-case letters/],
  ];

  test.each(broken)("%s stops the start with the file and the key", (_name, yaml, message) => {
    const file = configFile(yaml);
    expect(() => loadConfig({ KOKI_CONFIG: file })).toThrow(message);
    expect(() => loadConfig({ KOKI_CONFIG: file })).toThrow(file);
  });
});
