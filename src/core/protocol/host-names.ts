// Without zod: the pane's first script imports this module (its settings remember a task per host).

/** Where a request comes from. "browser" is the task pane outside Office. */
export const HOSTS = ["word", "outlook", "browser"] as const;
export type Host = (typeof HOSTS)[number];
