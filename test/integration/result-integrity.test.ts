import { blocksToText, markdownToBlocks } from "../../src/core/markdown";
import type { RunEvent, RunRequest } from "../../src/core/protocol";
import { collectRun, startGatewayFor, textOf, type RunningGateway } from "../helpers/gateway";
import { startScriptedBackend, textStream, type RecordedRequest, type Script, type ScriptedBackend } from "../helpers/scripted-backend";

/**
 * Nothing in a result may vanish silently: a model that repeats KoKI's
 * document delimiters loses no text in angle brackets, and an empty answer
 * ends as an `empty_answer` error, for every kind of task and step.
 */
let backend: ScriptedBackend;
let script: (request: RecordedRequest) => Script;
let gateway: RunningGateway;

beforeAll(async () => {
  backend = await startScriptedBackend((request) => script(request));
  gateway = await startGatewayFor(backend, { llm: { contextTokens: 2048, parallelChunks: 3 } });
});

afterAll(async () => {
  await gateway.close();
  await backend.close();
});

const run = (body: RunRequest) => collectRun(gateway.url, body);
const userMessage = (request: RecordedRequest) => request.body.messages.at(-1).content as string;
const doneData = (events: RunEvent[]) => events.find((event) => event.event === "done")?.data as { facts?: { missing: unknown[]; changed: unknown[] } };

const MAIL = "Von: Joachim Reuter <j.reuter@mail.example>\nBetreff: Ummeldung zum 1. Dezember 2025\n\nGuten Tag, bitte melden Sie mich um.";

describe("a model that repeats the document delimiters", () => {
  test.each([
    [
      "around the answer",
      [
        "<doku",
        "ment>\nVon: Joachim Reuter <j.reuter@mai",
        "l.example>\nBetreff: Ummeldung zum 1. Dezember 2025\n\nGuten Tag, bitte melden Sie mich um.\n</dokument>",
      ],
    ],
    ["in odd spellings, inside the answer", ["< Dokument >", MAIL.slice(0, 30), "</DOKUMENT>\n", MAIL.slice(30), "\n< /dokument>"]],
  ])("%s: the address in angle brackets reaches the result and the inserted text, and the fact check sees it", async (_name, pieces) => {
    script = () => textStream(pieces);
    const events = await run({ task: "korrigieren", text: MAIL });
    const text = textOf(events);
    expect(text).toBe(MAIL);
    // The inserted text: paragraphs as the pane writes them (one line each).
    expect(blocksToText(markdownToBlocks(text))).toBe(MAIL.replace("\n\n", "\n"));
    expect(doneData(events).facts).toEqual({ missing: [], changed: [] });
  });

  test("the fact check warns when the address in angle brackets is gone", async () => {
    script = () => textStream(["Von: Joachim Reuter\nBetreff: Ummeldung zum 1. Dezember 2025\n\nGuten Tag, bitte melden Sie mich um."]);
    const events = await run({ task: "korrigieren", text: MAIL });
    expect(doneData(events).facts?.missing).toEqual([{ kind: "email", text: "j.reuter@mail.example" }]);
  });
});

describe("an empty answer", () => {
  const EMPTY = { event: "error", data: { code: "empty_answer", message: "Das Sprachmodell hat keinen Text geliefert. Bitte versuchen Sie es noch einmal." } };

  test.each([
    ["no text at all", []],
    ["only whitespace", [" \n", "\n\t ", " "]],
    ["only reasoning", ["<think>Ich überlege …", "</think>\n\n"]],
    ["only the delimiters", ["<dokument>\n", "</dokument>"]],
  ])("%s ends as an empty_answer error, for a rewrite, a summary and a reply", async (_name, pieces) => {
    script = () => textStream(pieces);
    for (const task of ["korrigieren", "zusammenfassen", "antwort-entwerfen"]) {
      const events = await run({ task, text: MAIL });
      expect([task, events.at(-1)]).toEqual([task, EMPTY]);
      expect(events.some((event) => event.event === "done")).toBe(false);
    }
  });

  /** A document of numbered paragraphs, long enough to be split into chunks. */
  const long = Array.from({ length: 24 }, (_, i) => `Absatz ${i + 1}. ${"Die Verwaltung bearbeitet den Antrag. ".repeat(15)}`.trim()).join("\n\n");

  test("one empty chunk of a long rewrite ends the run with empty_answer; the text before it stays", async () => {
    script = (request) => {
      const numbers = [...userMessage(request).matchAll(/Absatz (\d+)\./g)].map((m) => m[1]);
      return textStream(numbers.includes("1") ? numbers.map((n) => `[A${n}] `) : numbers.includes("24") ? ["  \n"] : numbers.map((n) => `[A${n}] `));
    };
    const events = await run({ task: "buergernah", text: long });
    expect(events.at(-1)).toEqual(EMPTY);
    expect(textOf(events)).toMatch(/^\[A1\]/u);
  });

  test("one empty part of a long summary ends the run with empty_answer", async () => {
    script = (request) => {
      const part = /Dies ist Teil (\d+) von/.exec(userMessage(request));
      return textStream(part?.[1] === "2" ? [""] : [`- Kurzfassung ${part?.[1] ?? "gesamt"}`]);
    };
    const events = await run({ task: "zusammenfassen", text: long.repeat(3) });
    expect(events.at(-1)).toEqual(EMPTY);
  });
});
