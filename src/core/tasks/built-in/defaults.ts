import { FACT_KINDS } from "../../facts";
import { HOSTS } from "../../protocol/host-names";
import type { TaskDefinition } from "../task-definition";

export const ALL_HOSTS: TaskDefinition["hosts"] = [...HOSTS];

/** What most rewrites share: every host, no options, every fact kept, nothing draft. */
export const REWRITE_DEFAULTS = {
  hosts: ALL_HOSTS,
  options: [],
  output: "rewrite",
  allowsInstruction: false,
  draft: false,
  factCheck: FACT_KINDS,
} satisfies Partial<TaskDefinition>;

/** Summaries and key points: every host, no fact check (they leave details out on purpose). */
export const SUMMARY_DEFAULTS = {
  hosts: ALL_HOSTS,
  output: "summary",
  allowsInstruction: false,
  draft: false,
  factCheck: [],
} satisfies Partial<TaskDefinition>;
