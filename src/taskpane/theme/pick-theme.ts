import { webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Office's theme where Office says; otherwise the system's; Windows high
 * contrast wins. Only the light theme is in the first bundle: the others
 * load when needed.
 */
export async function pickTheme(officeDark?: boolean): Promise<Theme> {
  try {
    return await loadTheme(officeDark);
  } catch {
    // A chunk that fails to load costs the theme, not the pane.
    return webLightTheme;
  }
}

async function loadTheme(officeDark?: boolean): Promise<Theme> {
  if (window.matchMedia?.("(forced-colors: active)").matches) {
    return (await import(/* webpackChunkName: "theme-contrast" */ "./high-contrast-theme")).teamsHighContrastTheme;
  }
  const dark = officeDark ?? window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  return dark ? (await import(/* webpackChunkName: "theme-dark" */ "./dark-theme")).webDarkTheme : webLightTheme;
}
