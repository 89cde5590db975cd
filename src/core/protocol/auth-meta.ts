// Its own module, without zod: the pane's first script imports it.
/** taskpane.html carries GET /api/auth's answer in `<meta name="koki-auth" content="{json}">`, so the pane need not ask. */
export const AUTH_INFO_META = "koki-auth";
