/** Host failures the pane explains to the user. */
export type HostErrorCode =
  | "source_changed"
  | "read_failed"
  | "write_failed"
  | "not_supported"
  /** Word older than WordApi 1.1, or a mode that needs a newer Word. */
  | "word_too_old"
  /** Replacing would overwrite a table; the clerk can insert below instead. */
  | "table_in_selection";

export class HostError extends Error {
  override name = "HostError";

  constructor(
    readonly code: HostErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}
