import { startTransition, useEffect, useState } from "react";

/**
 * False in the pane's first render, true in a transition right after it. Lazy
 * parts of the pane render from then on: a lazy component starts its download
 * when it first renders, and inserting those script elements inside the first
 * render kept the task picker waiting (3–12 ms in profiles of a first start).
 */
export function useAfterFirstScreen(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => startTransition(() => setAfter(true)), []);
  return after;
}
