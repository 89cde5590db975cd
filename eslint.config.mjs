// Lint for what the type checker cannot see: type-aware mistakes (typescript-eslint),
// the rules of hooks (eslint-plugin-react-hooks) and Office.js load/sync mistakes
// (eslint-plugin-office-addins). Layout is Prettier's (`npm run format`).
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, ecmaFeatures: { jsx: true } } },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      ...reactHooks.configs.recommended.rules,
      // Async is often the contract (Fastify plugins, host adapters, token sources), not a mistake.
      "@typescript-eslint/require-await": "off",
    },
  },
);
