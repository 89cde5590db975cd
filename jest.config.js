// One transform (swc) for TypeScript and for ESM-only packages, which Jest's
// CommonJS loader cannot require on Node 20. No --experimental-vm-modules.
const ESM_ONLY = ["eventsource-parser", "jose", "hyphenopoly", "marked"];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join("|")})/)`],
  testTimeout: 20000,
};
