import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FactReportPayload } from "../../core/protocol";
import { useI18n, type Translator } from "../i18n/i18n";

function noun(i18n: Translator, kind: string): string {
  const key = `fact.${kind}`;
  return i18n.t(i18n.has(key) ? key : "fact.other");
}

/** The gateway's fact check in plain words: "Die Frist 7. November 2025 fehlt im neuen Text." */
export function FactWarnings({ facts }: { facts?: FactReportPayload }) {
  const i18n = useI18n();
  if (!facts || (facts.missing.length === 0 && facts.changed.length === 0)) return null;
  const lines = [
    ...facts.changed.map((c) => i18n.t("facts.changed", { noun: noun(i18n, c.kind), before: c.before, after: c.after })),
    ...facts.missing.map((m) => i18n.t("facts.missing", { noun: noun(i18n, m.kind), text: m.text })),
  ];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="fact-warnings">
      <MessageBarBody>
        <MessageBarTitle>{i18n.t("facts.title")}</MessageBarTitle>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
