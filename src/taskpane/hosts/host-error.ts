import type { EmbeddedCounts } from "./host-adapter";

/** Host failures the pane explains to the user. */
export type HostErrorCode =
  | "source_changed"
  | "read_failed"
  | "write_failed"
  | "not_supported"
  /** Word older than WordApi 1.1, or a mode that needs a newer Word. */
  | "word_too_old"
  /** Replacing would overwrite a table; the clerk can insert below instead. */
  | "table_in_selection"
  /** Replacing would delete footnotes, fields, comments, …; `affected` says which and where. */
  | "objects_in_the_way"
  /** Outlook: a calendar item, task or other non-message item. */
  | "not_a_message"
  /** Outlook: no item is open (a pinned pane between items). */
  | "no_item"
  /** Outlook's reply form takes at most 32 KB of HTML. */
  | "reply_too_long";

/** Objects a write would have deleted, by paragraph of the source (counted from 1) where the host knows it. */
export interface AffectedParagraph {
  paragraph?: number;
  counts: EmbeddedCounts;
}

export class HostError extends Error {
  override name = "HostError";
  readonly affected?: AffectedParagraph[];

  constructor(
    readonly code: HostErrorCode,
    options?: { cause?: unknown; affected?: AffectedParagraph[] },
  ) {
    super(code, options);
    if (options?.affected) this.affected = options.affected;
  }
}

/** Runs host work; Office errors become `code`, our own HostErrors pass through. */
export async function withHostError<T>(code: "read_failed" | "write_failed", work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(code, { cause: error });
  }
}
