import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import type { FactReportPayload } from "../../core/protocol";
import { useI18n, type Translator } from "../i18n/i18n";

function noun(i18n: Translator, kind: string): string {
  const key = `fact.${kind}`;
  return i18n.t(i18n.has(key) ? key : "fact.other");
}

/** So many show at first; a long list would push the result itself out of sight. */
const FIRST_SHOWN = 5;

/** The gateway's fact check in plain words: "Die Frist 7. November 2025 fehlt im neuen Text." Changes first. */
export function FactWarnings({ facts }: { facts?: FactReportPayload }) {
  const i18n = useI18n();
  const [all, setAll] = useState(false);
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
          {(all ? lines : lines.slice(0, FIRST_SHOWN)).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        {lines.length > FIRST_SHOWN && (
          <Button size="small" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? i18n.t("facts.fewer") : i18n.t("facts.all", { count: lines.length })}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
