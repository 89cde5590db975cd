/**
 * Sets the pane's theme: Office's where Office says; otherwise the system's;
 * Windows high contrast wins. A theme is its Fluent tokens as CSS custom
 * properties on :root (`*.theme.css`, written at build time), not a
 * FluentProvider prop, which would compute and insert them on every start.
 * The light theme is in the first style sheet; another loads when needed
 * and, coming later, takes its place. Resolves once it applies.
 */
export async function applyTheme(officeDark?: boolean): Promise<void> {
  try {
    if (window.matchMedia?.("(forced-colors: active)").matches) {
      await import(/* webpackChunkName: "theme-contrast" */ "./high-contrast.theme.css");
    } else if (officeDark ?? window.matchMedia?.("(prefers-color-scheme: dark)").matches) {
      await import(/* webpackChunkName: "theme-dark" */ "./dark.theme.css");
    }
  } catch {
    // A style sheet that fails to load costs the theme (light stays), not the pane.
  }
}
