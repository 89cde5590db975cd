import { z } from "zod";
import { BUILT_IN_TOOLS, openAiTools, runBuiltInTool, TOOL_NAMES } from "../../../src/core/tools";

describe("the built-in tools as OpenAI tools", () => {
  test("each tool has a German description and an object schema without $schema", () => {
    const tools = openAiTools(TOOL_NAMES);
    expect(tools.map((tool) => tool.function.name)).toEqual(["frist", "rechnen", "heute", "pruefliste"]);
    for (const tool of tools) {
      expect(tool.type).toBe("function");
      expect(tool.function.description).toMatch(/^[A-ZÄÖÜ][^]*\.$/);
      expect(tool.function.parameters).toMatchObject({ type: "object", additionalProperties: false });
      expect(tool.function.parameters).not.toHaveProperty("$schema");
    }
  });

  test("only the listed tools are offered", () => {
    expect(openAiTools(["frist"]).map((tool) => tool.function.name)).toEqual(["frist"]);
    expect(openAiTools([])).toEqual([]);
  });

  test("the frist schema asks for the case, never for the office's settings a document could try to change", () => {
    const [frist] = openAiTools(["frist"]);
    expect(frist?.function.parameters).toEqual({
      type: "object",
      properties: {
        beginn: expect.objectContaining({ type: "string", pattern: expect.any(String) }),
        dauer: expect.objectContaining({ type: "string" }),
        bekanntgabe: expect.objectContaining({ type: "boolean" }),
        beginnMitzaehlen: expect.objectContaining({ type: "boolean" }),
      },
      required: ["beginn", "dauer"],
      additionalProperties: false,
    });
  });

  test("the JSON schemas survive JSON (what goes over the wire to the backend)", () => {
    const schemas = openAiTools(TOOL_NAMES);
    expect(JSON.parse(JSON.stringify(schemas))).toEqual(schemas);
    expect(BUILT_IN_TOOLS.pruefliste.parameters()).toMatchObject({ required: ["punkte"] });
    expect(BUILT_IN_TOOLS.heute.parameters()).toMatchObject({ type: "object", properties: {} });
  });
});

describe("running a tool by name", () => {
  test("a model's tool call with JSON arguments", () => {
    const args: unknown = JSON.parse('{"beginn":"2025-03-31","dauer":"1 Monat"}');
    expect(runBuiltInTool("frist", args, { land: "NW" })).toMatchObject({ ok: true, output: { beginn: "2025-04-01", ende: "2025-04-30" } });
  });

  test("an unknown tool is a German answer, not an exception", () => {
    expect(runBuiltInTool("dateien_loeschen", {})).toEqual({
      ok: false,
      fehler: "Das Werkzeug „dateien_loeschen“ gibt es nicht. Es gibt: frist, rechnen, heute, pruefliste.",
    });
    expect(runBuiltInTool("toString", {})).toMatchObject({ ok: false });
  });

  test("missing or non-object arguments are German errors", () => {
    expect(runBuiltInTool("frist", undefined)).toEqual({
      ok: false,
      fehler: "Das Werkzeug „frist“ kann diese Eingabe nicht verwenden. „beginn“ fehlt. „dauer“ fehlt.",
    });
    expect(runBuiltInTool("rechnen", "1+1")).toEqual({
      ok: false,
      fehler: "Das Werkzeug „rechnen“ kann diese Eingabe nicht verwenden. Die Eingabe muss ein Objekt sein.",
    });
    expect(runBuiltInTool("heute", undefined, { now: () => new Date("2025-01-01T12:00:00Z") })).toMatchObject({ ok: true, output: { datum: "2025-01-01" } });
  });
});

test("the messages stay German when the process has set zod's English locale (as the gateway's full zod may)", () => {
  z.config(z.locales.en());
  expect(runBuiltInTool("frist", { beginn: 5 })).toEqual({
    ok: false,
    fehler: "Das Werkzeug „frist“ kann diese Eingabe nicht verwenden. „beginn“ muss Text sein. „dauer“ fehlt.",
  });
});
