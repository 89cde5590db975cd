import { OutputCleaner, cleanOutput } from "../../../src/core/output";

/** Streams `raw` through a cleaner in the given pieces and returns what was shown, piece by piece. */
function stream(pieces: string[]): { shown: string[]; text: string } {
  const cleaner = new OutputCleaner();
  const shown = pieces.map((piece) => cleaner.push(piece));
  shown.push(cleaner.end());
  return { shown, text: shown.join("") };
}

/** Every way to cut `raw` into two and three pieces. */
function splits(raw: string): string[][] {
  const result: string[][] = [[raw]];
  for (let i = 1; i < raw.length; i++) {
    result.push([raw.slice(0, i), raw.slice(i)]);
    for (let j = i + 1; j < raw.length; j += 3) result.push([raw.slice(0, i), raw.slice(i, j), raw.slice(j)]);
  }
  return result;
}

const LETTER = "Sehr geehrter Herr Albrecht,\n\nSie müssen 1.125,00 Euro zurückzahlen.";
const MAIL = "Von: Joachim Reuter <j.reuter@mail.example>\nHallo <Ihr Name>";

const CASES: [string, string, string][] = [
  ["plain text passes", LETTER, LETTER],
  ["a preamble line", `Hier ist der umgeschriebene Text:\n\n${LETTER}`, LETTER],
  ["two preamble lines", `Gerne!\nHier ist der Text in Einfacher Sprache:\n${LETTER}`, LETTER],
  ["an English preamble", `Sure! Here is the rewritten text:\n${LETTER}`, LETTER],
  ["a heading-like preamble", `**Überarbeitete Fassung:**\n${LETTER}`, LETTER],
  ["a think block", `<think>Der Nutzer möchte … ich kürze.</think>\n\n${LETTER}`, LETTER],
  ["a think block and a preamble", `<think>\nplanen\n</think>Hier ist der Text:\n${LETTER}`, LETTER],
  ["a fenced answer", "```\n" + LETTER + "\n```", LETTER],
  ["a fenced answer with language and preamble", "Hier ist der Text:\n```text\n" + LETTER + "\n```\n", LETTER],
  ["leading and trailing whitespace", `\n\n  ${LETTER}\n\n`, LETTER],
  [
    "a letter that starts with a normal sentence ending in a colon is kept",
    `Bitte senden Sie uns folgende Unterlagen:\n- Pass\n- Lichtbild`,
    `Bitte senden Sie uns folgende Unterlagen:\n- Pass\n- Lichtbild`,
  ],
  ["backticks inside the text are kept", "Der Code lautet `A-17`.\nEnde.", "Der Code lautet `A-17`.\nEnde."],
  ["an unterminated think block shows nothing of it", `${LETTER}<think>weiter nachdenken`, LETTER],
  ["KoKI's delimiters repeated around the answer go", `<dokument>\n${MAIL}\n</dokument>`, MAIL],
  ["a delimiter inside the answer goes with its line break", `Von: Joachim Reuter <j.reuter@mail.example>\n</dokument>\nHallo <Ihr Name>`, MAIL],
  ["text in angle brackets that is no delimiter stays", `${MAIL} <dok> <dokumente>`, `${MAIL} <dok> <dokumente>`],
];

describe("OutputCleaner", () => {
  test.each(CASES)("%s, however the stream is cut", (_name, raw, expected) => {
    expect(cleanOutput(raw)).toBe(expected);
    for (const pieces of splits(raw)) expect([pieces, stream(pieces).text]).toEqual([pieces, expected]);
  });

  test("clutter never flashes by: no piece shown contains it", () => {
    const raw = "<think>geheim</think>Hier ist der umgeschriebene Text:\n```\n" + LETTER + "\n```";
    for (const pieces of splits(raw)) {
      const { shown } = stream(pieces);
      for (const piece of shown) expect(piece).not.toMatch(/geheim|think|Hier ist|```/);
    }
  });

  test("an ordinary first line flows at once", () => {
    const cleaner = new OutputCleaner();
    expect(cleaner.push("Sehr")).toBe("Sehr");
    expect(cleaner.push(" geehrte")).toBe(" geehrte");
  });

  test("after a preamble, text flows as soon as its first line shows it is not clutter", () => {
    const cleaner = new OutputCleaner();
    // "Se…" could still become "Selbstverständlich:", so it waits; "Sehr" cannot.
    expect(cleaner.push("Hier ist der Text:\nSe")).toBe("");
    expect(cleaner.push("hr geehrter Herr Albrecht,\n")).toBe("Sehr geehrter Herr Albrecht,");
    expect(cleaner.push("\nSie ")).toBe("\n\nSie");
    expect(cleaner.push("müssen")).toBe(" müssen");
    expect(cleaner.end()).toBe("");
  });

  test("a long first line is not held back waiting for a newline", () => {
    const cleaner = new OutputCleaner();
    const long = "Wir haben Ihren Antrag erhalten und geprüft. ".repeat(6);
    expect(cleaner.push(long)).toBe(long.trim());
  });
});
