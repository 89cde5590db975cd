/** The calendar day and seconds left in it, in the formatter's time zone. */
function today(format: Intl.DateTimeFormat, now: Date): { day: string; secondsLeft: number } {
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  const elapsed = Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
  return { day: `${parts.year}-${parts.month}-${parts.day}`, secondsLeft: Math.max(1, 86_400 - elapsed) };
}

/**
 * Input characters per user and day, reset at local midnight. In memory:
 * with several gateway instances each counts its own share (docs/ADMIN.md).
 */
export class DailyQuota {
  private readonly used = new Map<string, { day: string; chars: number }>();
  // Building a formatter costs more than using one: keep it.
  private readonly format: Intl.DateTimeFormat;

  constructor(
    private readonly charsPerDay: number,
    timeZone = "Europe/Berlin",
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
  }

  /** Books `chars` for `user`; returns the seconds until the quota resets if it would be exceeded. */
  take(user: string, chars: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const { day, secondsLeft } = today(this.format, this.clock());
    const entry = this.used.get(user);
    const current = entry?.day === day ? entry.chars : 0;
    if (current + chars > this.charsPerDay) return { ok: false, retryAfterSeconds: secondsLeft };
    this.used.set(user, { day, chars: current + chars });
    // Forget other days' entries now and then, so the map stays small.
    if (this.used.size > 10_000) for (const [key, value] of this.used) if (value.day !== day) this.used.delete(key);
    return { ok: true };
  }
}
