import { guessHost } from "../../../src/taskpane/hosts/host-code";

describe("guessing the host before Office is ready", () => {
  test("without Office.js the pane runs in browser mode", () => {
    expect(guessHost("", false)).toBe("browser");
    expect(guessHost("?_host_Info=Word$Win32$16.01$de-DE$$$$0", false)).toBe("browser");
  });

  test("Office names its application in the pane's address", () => {
    expect(guessHost("?_host_Info=Word$Win32$16.01$de-DE$$$$0", true)).toBe("word");
    expect(guessHost("?_host_Info=Outlook$Web$16.01$de-DE$$$$0&et=", true)).toBe("outlook");
    expect(guessHost("?_host_Info=word|Mac|16.01|en-US", true)).toBe("word");
  });

  test("no guess where Office says nothing or names another application", () => {
    expect(guessHost("", true)).toBeUndefined();
    expect(guessHost("?_host_Info=Excel$Win32$16.01$de-DE", true)).toBeUndefined();
    expect(guessHost("?host=word", true)).toBeUndefined();
  });
});
