// Lint for what the type checker cannot see: Office.js load/sync mistakes
// (eslint-plugin-office-addins). Style is left to the formatter and review.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
];
