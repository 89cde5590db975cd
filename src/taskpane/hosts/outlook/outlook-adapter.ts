import type { ClientTask } from "../../../core/protocol";
import { textStats } from "../../../core/text";
import type { HostAdapter, InsertLayout, InsertMode, ReadOptions, SourceSnapshot } from "../host-adapter";
import { withHostError } from "../host-error";
import { currentMessage, isCompose } from "./current-item";
import type { EmailHandle } from "./email-handle";
import { readEmail } from "./read-email";
import { writeEmail } from "./write-email";

type Mode = "read" | "compose" | "none";

function mode(): Mode {
  try {
    return isCompose(currentMessage()) ? "compose" : "read";
  } catch {
    return "none";
  }
}

/** Outlook's ItemChanged has one handler per add-in: register once, fan out to our listeners. */
function itemChangedEvents(): (listener: () => void) => () => void {
  const listeners = new Set<() => void>();
  let registered = false;
  return (listener) => {
    listeners.add(listener);
    if (!registered) {
      registered = true;
      Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => listeners.forEach((notify) => notify()));
    }
    return () => listeners.delete(listener);
  };
}

/**
 * Outlook: read mode summarises, translates and drafts replies (latest
 * message or whole thread); compose mode rewrites the selection or the
 * clerk's own text, and suggests a subject. Mode follows the open item.
 */
export function createOutlookAdapter(): HostAdapter {
  const onItemChanged = itemChangedEvents();
  return {
    kind: "outlook",
    get insertModes(): InsertMode[] {
      const now = mode();
      return now === "compose" ? ["replace", "subject"] : now === "read" ? ["reply", "replyAll"] : [];
    },
    get threadChoice() {
      return mode() === "read";
    },

    offersTask(task: ClientTask) {
      const now = mode();
      if (now === "compose") return task.output === "rewrite" || task.output === "subject";
      return task.output === "summary" || task.output === "reply" || task.id === "uebersetzen";
    },

    describeSource: (options?: ReadOptions) =>
      withHostError("read_failed", async () => {
        const { text, scope } = await readEmail(options?.thread);
        return { scope, stats: textStats(text) };
      }),

    readSource: (options?: ReadOptions) =>
      withHostError("read_failed", async (): Promise<SourceSnapshot> => {
        const { text, scope, handle } = await readEmail(options?.thread);
        return { scope, stats: textStats(text), text, handle };
      }),

    insert: (snapshot: SourceSnapshot, markdown: string, insertMode: InsertMode, layout: InsertLayout = {}) =>
      withHostError("write_failed", () => writeEmail(snapshot.handle as EmailHandle, markdown, insertMode, layout)),

    onSourceChanged: onItemChanged,
    onItemChanged,
  };
}
