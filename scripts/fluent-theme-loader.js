// Webpack loader for `*.theme.css`: the file names a Fluent theme (`/* fluent-theme: webDarkTheme */`),
// and the loader writes that theme's tokens as CSS custom properties on :root, at build time.
// FluentProvider would otherwise compute and insert the same rule on every start.
const fluent = require("@fluentui/react-components");

module.exports = function fluentThemeLoader(source) {
  const name = /fluent-theme:\s*(\w+)/u.exec(source)?.[1];
  const theme = name && fluent[name];
  if (!theme || typeof theme !== "object") throw new Error(`${this.resourcePath}: name a Fluent theme, as in "/* fluent-theme: webLightTheme */"`);
  return fluent.createCSSRuleFromTheme(":root", theme);
};
