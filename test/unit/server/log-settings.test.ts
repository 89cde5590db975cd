import { ConfigError } from "../../../src/server/config/load-config";
import { logSettings } from "../../../src/server/logging/log-settings";

describe("logSettings", () => {
  test("readable lines on a terminal, JSON lines otherwise", () => {
    expect(logSettings({}, true)).toMatchObject({ format: "pretty", level: "info" });
    expect(logSettings({}, false)).toMatchObject({ format: "json", level: "info" });
  });

  test("KOKI_LOG_FORMAT overrides the guess either way; KOKI_LOG_LEVEL sets the level", () => {
    expect(logSettings({ KOKI_LOG_FORMAT: "json" }, true).format).toBe("json");
    expect(logSettings({ KOKI_LOG_FORMAT: "Pretty" }, false).format).toBe("pretty");
    expect(logSettings({ KOKI_LOG_LEVEL: "debug" }, false).level).toBe("debug");
  });

  test("a value that is not one of the choices stops the start with the variable named", () => {
    expect(() => logSettings({ KOKI_LOG_FORMAT: "text" }, false)).toThrow(ConfigError);
    expect(() => logSettings({ KOKI_LOG_FORMAT: "text" }, false)).toThrow('environment variable KOKI_LOG_FORMAT: "text" is not one of json, pretty');
    expect(() => logSettings({ KOKI_LOG_LEVEL: "verbose" }, false)).toThrow("environment variable KOKI_LOG_LEVEL");
  });
});
