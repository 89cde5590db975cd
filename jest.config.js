// One transform (swc) for TypeScript and for ESM-only packages, which Jest's
// CommonJS loader cannot require on Node 20. No --experimental-vm-modules.
const ESM_ONLY = [
  "eventsource-parser",
  "jose",
  "hyphenopoly",
  "marked",
  "p-limit",
  "yocto-queue",
  "html-to-text",
  "htmlparser2",
  "domhandler",
  "domutils",
  "dom-serializer",
  "domelementtype",
  "entities",
  "selderee",
  "@selderee/plugin-htmlparser2",
  "parseley",
  "leac",
  "peberminta",
];

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
