/** A bind address that only this machine can reach: `auth.mode: none` is allowed only there. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./u.test(host);
}
