import { blockTree, blocksToHtml, blocksToText, markdownToBlocks, oneSentencePerParagraph } from "../../../src/core/markdown";

describe("markdownToBlocks", () => {
  it("turns headings, lists, bold and italic into blocks without Markdown marks", () => {
    const blocks = markdownToBlocks(
      "# Ihr Antrag\n\nWir haben **alles** geprüft. Das ist *wichtig*.\n\n- Ausweis\n- Meldebescheinigung\n  1. Original\n  2. Kopie\n",
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 1, runs: [{ text: "Ihr Antrag" }] },
      {
        kind: "paragraph",
        runs: [{ text: "Wir haben " }, { text: "alles", bold: true }, { text: " geprüft. Das ist " }, { text: "wichtig", italic: true }, { text: "." }],
      },
      { kind: "listItem", ordered: false, level: 0, runs: [{ text: "Ausweis" }] },
      { kind: "listItem", ordered: false, level: 0, runs: [{ text: "Meldebescheinigung" }] },
      { kind: "listItem", ordered: true, level: 1, runs: [{ text: "Original" }] },
      { kind: "listItem", ordered: true, level: 1, runs: [{ text: "Kopie" }] },
    ]);
    const text = blocks.flatMap((block) => block.runs.map((run) => run.text)).join("");
    expect(text).not.toMatch(/\*\*|^#|- /u);
  });

  it("makes a paragraph of every line, as models write one sentence per line", () => {
    expect(markdownToBlocks("Sie bekommen Geld.\nDas Geld heißt Wohngeld.").map((b) => b.runs[0]!.text)).toEqual([
      "Sie bekommen Geld.",
      "Das Geld heißt Wohngeld.",
    ]);
  });

  it("keeps & < > and quotes as text", () => {
    expect(markdownToBlocks('Müller & Söhne: "A < B"')[0]!.runs[0]!.text).toBe('Müller & Söhne: "A < B"');
  });

  it("never passes on HTML: script content, event handlers and javascript: links are gone", () => {
    const hostile = [
      "<script>alert(1)</script>",
      "",
      'Text <img src=x onerror="alert(2)"> mit [Link](javascript:alert(3)) und <b onclick="x()">fett</b>.',
      "",
      "<div><style>p{}</style>Block</div>",
    ].join("\n");
    const blocks = markdownToBlocks(hostile);
    const all = JSON.stringify(blocks);
    expect(all).not.toMatch(/script|onerror|javascript:|onclick|alert\(1\)|<|>/u);
    expect(blocks.map((block) => block.runs.map((run) => run.text).join(""))).toEqual(["Text  mit Link und fett.", "Block"]);
  });

  it("keeps text in angle brackets that is no HTML tag, in paragraphs and in HTML blocks", () => {
    const text = (markdown: string) => markdownToBlocks(markdown).map((block) => block.runs.map((run) => run.text).join(""));
    expect(text("Von: Joachim Reuter <j.reuter@mail.example>\nHallo <Ihr Name>, <b>fett</b>")).toEqual([
      "Von: Joachim Reuter <j.reuter@mail.example>",
      "Hallo <Ihr Name>, fett",
    ]);
    // An HTML block around it (the output cleaner removes KoKI's own delimiters before this): nothing inside vanishes.
    expect(text("<dokument>\nVon: Joachim Reuter <j.reuter@mail.example>\n</dokument>")).toEqual([
      "<dokument>",
      "Von: Joachim Reuter <j.reuter@mail.example>",
      "</dokument>",
    ]);
    expect(text("<p>An <https://musterstadt.example/a> und <span>x</span></p>")).toEqual(["An <https://musterstadt.example/a> und x"]);
  });
});

describe("blocksToHtml", () => {
  it("writes nested lists, headings and escaped text without styles", () => {
    const html = blocksToHtml(markdownToBlocks("## Titel\n\n- a **A < B**\n  - b\n- c\n\n1. eins\n\nEnde"));
    expect(html).toBe("<h2>Titel</h2><ul><li>a <strong>A &lt; B</strong><ul><li>b</li></ul></li><li>c</li></ul><ol><li>eins</li></ol><p>Ende</p>");
    expect(html).not.toMatch(/style=/u);
  });
});

describe("blockTree", () => {
  const item = (text: string, level: number, ordered = false) => ({ kind: "listItem" as const, ordered, level, runs: [{ text }] });

  it("nests list items, starts a new list where numbered and bulleted change, and ends lists at a paragraph", () => {
    const tree = blockTree([item("a", 0), item("b", 1, true), item("c", 1), item("d", 0, true), { kind: "paragraph", runs: [{ text: "Ende" }] }, item("e", 0)]);
    const list = (ordered: boolean, ...items: object[]) => ({ kind: "list", ordered, items });
    const leaf = (text: string, ...lists: object[]) => ({ runs: [{ text }], lists });
    expect(tree).toEqual([
      list(false, leaf("a", list(true, leaf("b")), list(false, leaf("c")))),
      list(true, leaf("d")),
      { kind: "paragraph", runs: [{ text: "Ende" }] },
      list(false, leaf("e")),
    ]);
  });

  it("gives a list that starts too deep an empty item to hang from, so the HTML stays valid", () => {
    expect(blocksToHtml([item("tief", 2)])).toBe("<ul><li><ul><li><ul><li>tief</li></ul></li></ul></li></ul>");
  });
});

describe("blocksToText", () => {
  it("writes list markers and numbers instead of Markdown", () => {
    expect(blocksToText(markdownToBlocks("# T\n\n1. a\n2. b\n\n- x"))).toBe("T\n1. a\n2. b\n• x");
  });
});

describe("oneSentencePerParagraph", () => {
  it("splits body paragraphs into sentences, keeps abbreviations and formatting", () => {
    const blocks = oneSentencePerParagraph(markdownToBlocks("Sie bekommen z. B. **Wohngeld**. Das ist gut.\n\n- Ein Punkt. Noch einer."));
    expect(blocks).toEqual([
      { kind: "paragraph", runs: [{ text: "Sie bekommen z. B. " }, { text: "Wohngeld", bold: true }, { text: "." }] },
      { kind: "paragraph", runs: [{ text: "Das ist gut." }] },
      { kind: "listItem", ordered: false, level: 0, runs: [{ text: "Ein Punkt. Noch einer." }] },
    ]);
  });
});
