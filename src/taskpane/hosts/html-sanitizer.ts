/**
 * The HTML sanitiser (DOMPurify, 30 KB), which Word and Outlook need only to write a result. It is a
 * chunk of its own, fetched when the browser is idle after the host's code has loaded (webpackPrefetch),
 * so a pane's start does not wait for it and the first insert finds it cached. Browser mode writes no
 * HTML and never imports this module, so it does not fetch the sanitiser.
 */
export function loadSanitizer() {
  return import(/* webpackChunkName: "sanitize-html", webpackPrefetch: true */ "../lib/sanitize-html");
}
