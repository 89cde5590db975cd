/** A JSON value that the gateway wrote into taskpane.html (server http/pane-page.ts), checked by `shape`; undefined where it is missing or damaged. */
export function pageData<T>(json: string | null | undefined, shape: (value: unknown) => T): T | undefined {
  if (!json) return undefined;
  try {
    return shape(JSON.parse(json));
  } catch {
    return undefined;
  }
}
