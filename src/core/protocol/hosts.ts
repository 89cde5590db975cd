import { z } from "zod/mini";

/** Where a request comes from. "browser" is the task pane outside Office. */
export const hostSchema = z.enum(["word", "outlook", "browser"]);
export type Host = z.infer<typeof hostSchema>;
