import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "../../../src/server/config/load-config";

const dir = mkdtempSync(join(tmpdir(), "koki-config-"));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("loadConfig", () => {
  test("defaults: loopback, port 3000, TLS on, no backend", () => {
    const config = loadConfig({});
    expect(config.server).toMatchObject({ host: "127.0.0.1", port: 3000, tls: { enabled: true } });
    expect(config.llm.baseUrl).toBeUndefined();
    expect(config.limits.maxInputChars).toBe(500_000);
  });

  test("reads the environment", () => {
    const config = loadConfig({
      KOKI_PORT: "8443",
      KOKI_HOST: "0.0.0.0",
      KOKI_TLS: "off",
      KOKI_AUTH_MODE: "trusted-header",
      KOKI_AUTH_PROXIES: "10.0.0.5, 10.0.1.0/24",
      KOKI_LLM_BASE_URL: "http://gpu01:8000/v1",
      KOKI_LLM_MODEL: "mistral-small",
      KOKI_LLM_API_KEY: "secret",
    });
    expect(config.server).toMatchObject({ host: "0.0.0.0", port: 8443, tls: { enabled: false } });
    expect(config.auth).toMatchObject({ mode: "trusted-header", trustedHeader: { proxies: ["10.0.0.5", "10.0.1.0/24"], userHeader: "x-forwarded-user" } });
    expect(config.llm).toMatchObject({ baseUrl: "http://gpu01:8000/v1", model: "mistral-small", apiKey: "secret" });
  });

  test("reads a YAML file, and the environment wins over it", () => {
    const path = file(
      "koki.yaml",
      "server:\n  port: 4000\nllm:\n  baseUrl: http://ollama:11434/v1\n  model: llama3\n  displayName: Sprachmodell der Stadt\nlimits:\n  maxInputChars: 5000\n",
    );
    const config = loadConfig({ KOKI_CONFIG: path, KOKI_LLM_MODEL: "qwen3" });
    expect(config.server.port).toBe(4000);
    expect(config.llm).toMatchObject({ baseUrl: "http://ollama:11434/v1", model: "qwen3", displayName: "Sprachmodell der Stadt" });
    expect(config.limits.maxInputChars).toBe(5000);
  });

  test("reads a JSON file", () => {
    const path = file("koki.json", JSON.stringify({ llm: { baseUrl: "https://litellm.example/v1", model: "gpt-4o" } }));
    expect(loadConfig({ KOKI_CONFIG: path }).llm.model).toBe("gpt-4o");
  });

  test("names the file, the key and the problem", () => {
    const path = file("bad.yaml", "server:\n  port: nine\nllm:\n  baseUrl: not a url\n");
    const error = (() => {
      try {
        loadConfig({ KOKI_CONFIG: path });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toContain(`${path}, key "server.port"`);
    expect(error!.message).toContain(`${path}, key "llm.baseUrl"`);
  });

  test("names the environment variable when that is the source", () => {
    expect(() => loadConfig({ KOKI_PORT: "99999" })).toThrow(/environment variable KOKI_PORT, key "server.port"/);
  });

  test("unknown keys are mistakes, not silently ignored", () => {
    const path = file("typo.yaml", "llm:\n  baseURL: http://x/v1\n");
    expect(() => loadConfig({ KOKI_CONFIG: path })).toThrow(/key "llm".*baseURL/);
  });

  test("a backend URL without a model is refused with a hint", () => {
    expect(() => loadConfig({ KOKI_LLM_BASE_URL: "http://localhost:11434/v1" })).toThrow(/key "llm.model": is required when llm.baseUrl is set/);
  });

  test("a certificate without its key is refused", () => {
    expect(() => loadConfig({ KOKI_TLS_CERT: "/etc/ssl/koki.crt" })).toThrow(/server.tls.key/);
  });

  test("an unreadable or malformed file is named", () => {
    expect(() => loadConfig({ KOKI_CONFIG: join(dir, "missing.yaml") })).toThrow(/Cannot read config file .*missing.yaml/);
    expect(() => loadConfig({ KOKI_CONFIG: file("broken.json", "{") })).toThrow(/broken.json is not valid JSON/);
    expect(() => loadConfig({ KOKI_CONFIG: file("list.yaml", "- a\n- b\n") })).toThrow(/top level must be a mapping/);
  });
});
