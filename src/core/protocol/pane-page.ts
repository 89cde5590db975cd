// What taskpane.html and its address carry, for the gateway that serves the page and the pane that reads it.
// Without zod: the pane's first script imports this module.

/** taskpane.html carries GET /api/auth's answer in `<meta name="koki-auth" content="{json}">`, so the pane need not ask. */
export const AUTH_INFO_META = "koki-auth";

/**
 * The Office application that opened the pane, as Office names it at the start
 * of the `_host_Info` parameter of the pane's address ("Word$Win32$16.01$de-DE$…").
 * Undefined where the address names none, or another application.
 */
export function officeAppInAddress(search: string): "word" | "outlook" | undefined {
  const info = new URLSearchParams(search).get("_host_Info")?.toLowerCase() ?? "";
  if (info.startsWith("word")) return "word";
  if (info.startsWith("outlook")) return "outlook";
  return undefined;
}

/**
 * Where the page request says who the user is, taskpane.html carries GET /api/config's answer for that user
 * in `<script type="application/json" id="koki-config">`, so the pane need not ask while it starts.
 */
export const CLIENT_CONFIG_ID = "koki-config";
