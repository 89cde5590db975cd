import { pageClientConfig } from "../../../src/taskpane/api/page-config";

const CONFIG = {
  tasks: [],
  limits: { maxInputChars: 60000, confirmDocumentWords: 3000 },
  privacy: { allowList: [], fileNumberPatterns: [] },
  insert: {},
  backend: { configured: true, displayName: "Rechenzentrum" },
  lexicon: [],
};

describe("the config from the page", () => {
  test("the gateway's config is taken as it is", () => {
    expect(pageClientConfig(JSON.stringify(CONFIG))).toEqual(CONFIG);
    // As the gateway writes it: with every "<" escaped, which JSON reads back as "<".
    const notice = { de: "</script>", en: "<b>", url: "https://stadt.example/datenschutz" };
    const escaped = JSON.stringify({ ...CONFIG, privacy: { ...CONFIG.privacy, notice } }).replace(/</gu, "\\u003c");
    expect(pageClientConfig(escaped)?.privacy.notice).toEqual(notice);
  });

  test("no value, a damaged one or another shape means: ask the gateway", () => {
    for (const json of [undefined, null, "", "{", "[]", JSON.stringify({ ...CONFIG, tasks: [{ id: 1 }] }), JSON.stringify({ ...CONFIG, limits: undefined })]) {
      expect(pageClientConfig(json)).toBeUndefined();
    }
  });
});
