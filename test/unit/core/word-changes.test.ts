import { MAX_EDITS, wordChanges } from "../../../src/core/diff";

describe("wordChanges", () => {
  it("marks the words a rewrite removed and added, and keeps the rest", () => {
    expect(wordChanges("Die Frist endet am Montag.\r\nMit freundlichen Grüßen", "Die Frist endet am Freitag.\nMit freundlichen Grüßen")).toEqual([
      { text: "Die Frist endet am ", change: "same" },
      { text: "Montag", change: "removed" },
      { text: "Freitag", change: "added" },
      { text: ".\nMit freundlichen Grüßen", change: "same" },
    ]);
  });

  it("gives up on a text that is another text, instead of computing for seconds", () => {
    const words = (count: number, word: string) => Array.from({ length: count }, (_, i) => `${word}${i}`).join(" ");
    expect(wordChanges(words(1000, "alt"), words(MAX_EDITS, "neu"))).toBeUndefined();
    // Just under the limit, the comparison is still shown.
    expect(wordChanges(words(100, "alt"), `${words(100, "alt")} ${words(MAX_EDITS / 2 - 2, "neu")}`)).toHaveLength(2);
  });

  it("gives up when finding the changes takes longer than allowed", () => {
    const words = (count: number, word: string) => Array.from({ length: count }, (_, i) => `${word}${i % 50}`).join(" ");
    expect(wordChanges(words(2000, "a"), words(2000, "b"), 1)).toBeUndefined();
  });
});
