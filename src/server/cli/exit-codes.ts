/** Exit codes of `koki`, from BSD's sysexits.h where one fits. */
export const EXIT = {
  ok: 0,
  /** `koki check --fail-under`: a file scored below the threshold. */
  belowThreshold: 1,
  usage: 64,
  noInput: 66,
  config: 78,
} as const;
