import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KINDS, countWords, loadCorpus, loadQuestions, type CorpusDocument, type GoldPassage } from "../../bench/research/question-set";

// Integrity of the research question set only: no search is run here.
const questions = loadQuestions();
const corpus = loadCorpus();
const documents = new Map(corpus.map((document) => [document.name, document]));
const corpusWords = corpus.reduce((sum, document) => sum + countWords(document), 0);
const gold = questions.flatMap((question) => question.gold.map((passage) => ({ id: question.id, ...passage })));
const readme = readFileSync(join(__dirname, "..", "..", "bench", "research", "README.md"), "utf8");

/** Markdown and HTML marks that must not appear inside a quote, nor a line break (a quote stays in one block). */
const MARKUP = /[<>*#|`[\]_&\n]/u;
const LIST_MARKER = /^(?:\d+\.|[-*]|[a-z]\))\s/u;

const quoteWords = (quote: string) => quote.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The block a quote sits in: the Markdown or text line, or the innermost HTML element. */
function block(document: CorpusDocument, at: number): string {
  if (document.format !== "html") {
    const end = document.text.indexOf("\n", at);
    return document.text.slice(document.text.lastIndexOf("\n", at) + 1, end < 0 ? undefined : end);
  }
  return /<(\w+)[^>]*>[^<]*$/u.exec(document.text.slice(0, at))?.[1] ?? "";
}

function readsAsPassage(document: CorpusDocument, passage: GoldPassage): boolean {
  return occurrences(document.text, passage.quote).some((at) => {
    const enclosing = block(document, at);
    if (document.format === "html") return ["p", "li", "dd", "td"].includes(enclosing);
    return document.format === "txt" || !enclosing.startsWith("#");
  });
}

describe("research question set", () => {
  test("has at least 180 questions with unique ids and wording", () => {
    expect(questions.length).toBeGreaterThanOrEqual(180);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    expect(new Set(questions.map((question) => question.question.trim())).size).toBe(questions.length);
    for (const question of questions)
      expect(question).toEqual({
        id: expect.stringMatching(/^q\d{3}$/u),
        question: expect.stringMatching(/\S/u),
        kind: expect.any(String),
        gold: expect.any(Array),
        author: expect.any(String),
      });
  });

  test("every question has a kind, and exactly the unanswerable ones have no gold", () => {
    for (const question of questions) {
      expect(KINDS).toContain(question.kind);
      expect([question.id, question.kind === "none"]).toEqual([question.id, question.gold.length === 0]);
    }
  });

  test("at least 25 % have no answer in the corpus", () => {
    expect(questions.filter((question) => question.gold.length === 0).length / questions.length).toBeGreaterThanOrEqual(0.25);
  });

  test("at least half were written without looking at the search code", () => {
    expect(questions.filter((question) => question.author === "independent").length).toBeGreaterThanOrEqual(questions.length / 2);
  });

  test("every quote occurs exactly in its file", () => {
    const missing = gold.filter((passage) => !documents.get(passage.doc)?.text.includes(passage.quote));
    expect(missing).toEqual([]);
  });

  test("quotes are 5–40 plain words inside one paragraph or list item, with no markup", () => {
    const bad = gold.filter((passage) => {
      const document = documents.get(passage.doc);
      const words = quoteWords(passage.quote);
      return (
        !document ||
        words < 5 ||
        words > 40 ||
        MARKUP.test(passage.quote) ||
        LIST_MARKER.test(passage.quote) ||
        passage.quote !== passage.quote.trim() ||
        !readsAsPassage(document, passage)
      );
    });
    expect(bad).toEqual([]);
  });

  test("a question's gold passages are distinct", () => {
    for (const question of questions) expect(new Set(question.gold.map((passage) => `${passage.doc}\n${passage.quote}`)).size).toBe(question.gold.length);
  });
});

describe("research corpus", () => {
  test("has at least 12 documents, mostly Markdown, with plain text and at least two HTML pages", () => {
    const count = (format: string) => corpus.filter((document) => document.format === format).length;
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(count("md")).toBeGreaterThan(corpus.length / 2);
    expect(count("txt")).toBeGreaterThanOrEqual(1);
    expect(count("html")).toBeGreaterThanOrEqual(2);
    expect(count("md") + count("txt") + count("html")).toBe(corpus.length);
  });

  test("has at least 30,000 words", () => {
    expect(corpusWords).toBeGreaterThanOrEqual(30_000);
  });

  test("is UTF-8 in Unicode NFC with Unix line ends, so quotes match byte for byte", () => {
    for (const document of corpus) {
      expect([document.name, document.text.normalize("NFC") === document.text, /\r|\uFFFD/u.test(document.text)]).toEqual([document.name, true, false]);
    }
  });

  test("every document is the gold source of at least one question", () => {
    const cited = new Set(gold.map((passage) => passage.doc));
    expect(corpus.map((document) => document.name).filter((name) => !cited.has(name))).toEqual([]);
  });

  test("the README's counts per document and per kind are current", () => {
    for (const document of corpus) {
      const cited = new Set(gold.filter((passage) => passage.doc === document.name).map((passage) => passage.id)).size;
      expect(readme).toContain(`| \`${document.name}\` | ${document.format} | ${countWords(document).toLocaleString("en")} | ${cited} |`);
    }
    for (const kind of KINDS) expect(readme).toContain(`| ${kind} | ${questions.filter((question) => question.kind === kind).length} |`);
    expect(readme).toContain(
      `${corpus.length} documents of the fictional **Stadt Musterstadt** (${corpusWords.toLocaleString("en")} words) and ${questions.length} questions`,
    );
  });
});
