import { Field, Textarea, makeStyles } from "@fluentui/react-components";
import { useEffect, useRef, useSyncExternalStore } from "react";
import type { BrowserDocument } from "../hosts/browser/browser-document";
import { useI18n } from "../i18n/i18n";

const useStyles = makeStyles({
  area: { minHeight: "200px", width: "100%" },
});

/** Browser mode's stand-in for a Word document: an editable sample letter. */
export function BrowserDocumentEditor({ document: doc }: { document: BrowserDocument }) {
  const { t } = useI18n();
  const styles = useStyles();
  const state = useSyncExternalStore(doc.subscribe, doc.getState);
  const areaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    // React's onSelect misses native "select" and "selectionchange" on the element; listen to both.
    const track = () => doc.update({ selectionStart: area.selectionStart, selectionEnd: area.selectionEnd });
    const events = ["select", "selectionchange", "keyup", "mouseup"] as const;
    for (const name of events) area.addEventListener(name, track);
    return () => {
      for (const name of events) area.removeEventListener(name, track);
    };
  }, [doc]);

  // The pane selected a passage (a readability finding): show it in the editor.
  useEffect(() => {
    const area = areaRef.current;
    if (!area || !state.focusRequest) return;
    area.focus();
    area.setSelectionRange(state.selectionStart, state.selectionEnd);
  }, [state.focusRequest, state.selectionStart, state.selectionEnd]);

  return (
    <Field label={t("browser.documentLabel")} hint={t("browser.documentHint")}>
      <Textarea
        ref={areaRef}
        className={styles.area}
        textarea={{ className: styles.area }}
        resize="vertical"
        value={state.text}
        onChange={(event, data) => {
          doc.update({ text: data.value, selectionStart: event.currentTarget.selectionStart, selectionEnd: event.currentTarget.selectionEnd });
        }}
      />
    </Field>
  );
}
