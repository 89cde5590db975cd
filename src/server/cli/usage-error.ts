/** A mistake in how a command was called: unknown flag, missing or malformed value. Exit code 64. */
export class UsageError extends Error {
  override name = "UsageError";
}
