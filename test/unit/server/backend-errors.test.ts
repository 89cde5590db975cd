import OpenAI from "openai";
import { toGatewayError } from "../../../src/server/llm/backend-errors";

const headers = (values: Record<string, string>) => new Headers(values);

describe("toGatewayError", () => {
  test.each([
    [new OpenAI.APIConnectionError({ message: "refused" }), "backend_unreachable", 502],
    [new OpenAI.APIConnectionTimeoutError(), "backend_timeout", 504],
    [OpenAI.APIError.generate(401, { error: { message: "x" } }, "x", headers({})), "backend_auth", 502],
    [OpenAI.APIError.generate(404, { error: { message: "x" } }, "x", headers({})), "backend_model_not_found", 502],
    [OpenAI.APIError.generate(500, { error: { message: "x" } }, "x", headers({})), "backend_error", 502],
    [new TypeError("terminated"), "stream_interrupted", 502],
  ])("maps %p to %s", (error, code, status) => {
    expect(toGatewayError(error)).toMatchObject({ code, status });
  });

  test("429 keeps the backend's Retry-After for the client", () => {
    const error = OpenAI.APIError.generate(429, { error: { message: "x" } }, "x", headers({ "retry-after": "12" }));
    expect(toGatewayError(error)).toMatchObject({ code: "backend_rate_limited", status: 503, retryAfterSeconds: 12 });
  });

  test("messages are plain German and carry no backend details", () => {
    const error = toGatewayError(OpenAI.APIError.generate(500, { error: { message: "CUDA out of memory" } }, "x", headers({})));
    expect(error.message).toMatch(/Sprachmodell/);
    expect(error.message).not.toMatch(/CUDA/);
  });
});
