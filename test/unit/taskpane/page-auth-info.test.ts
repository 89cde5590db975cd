import { pageAuthInfo } from "../../../src/taskpane/auth/page-auth-info";

describe("sign-in settings from the page", () => {
  test("the gateway's settings are taken as they are", () => {
    expect(pageAuthInfo('{"mode":"none"}')).toEqual({ mode: "none" });
    const client = { clientId: "11111111-2222-3333-4444-555555555555", authority: "https://login.microsoftonline.com/stadt", scope: "api://koki/KoKI.Use" };
    expect(pageAuthInfo(JSON.stringify({ mode: "oidc", client }))).toEqual({ mode: "oidc", client });
  });

  test("no value, a damaged one or an unknown mode means: ask the gateway", () => {
    for (const content of [undefined, null, "", "{", "[]", '{"mode":"magic"}', '{"mode":"oidc","client":{"clientId":1}}']) {
      expect(pageAuthInfo(content)).toBeUndefined();
    }
  });
});
