/** Host failures the pane explains to the user. */
export type HostErrorCode = "source_changed" | "read_failed" | "write_failed" | "not_supported";

export class HostError extends Error {
  override name = "HostError";

  constructor(
    readonly code: HostErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}
