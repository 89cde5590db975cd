import { planParagraph, type Anchor, type ParagraphPlan } from "../../../src/taskpane/hosts/word/keep-plan";

const FN = "\u0002";

/** An anchor over `covered` (a mark: its placeholder) at its first occurrence in `text`. */
function anchor(text: string, covered: string, kind: Anchor["kind"], ref = 0): Anchor {
  const start = text.indexOf(covered);
  if (start < 0) throw new Error(`${covered} not in ${text}`);
  return { kind, start, end: start + covered.length, ref };
}

/** What the paragraph reads like after the plan is written: kept blocks stay, gaps are replaced. */
function apply(oldText: string, anchors: Anchor[], plan: ParagraphPlan): string {
  if (plan.kind !== "around") throw new Error(plan.kind);
  const blocks = plan.blocks.map((block) => ({
    start: anchors.find((a) => a.ref === block.first)!.start,
    end: anchors.find((a) => a.ref === block.last)!.end,
  }));
  return plan.gaps.map((gap, i) => gap.runs.map((run) => run.text).join("") + (blocks[i] ? oldText.slice(blocks[i].start, blocks[i].end) : "")).join("");
}

describe("writing around what a paragraph holds", () => {
  test("a paragraph without objects is written as usual; one whose text did not change is left alone", () => {
    expect(planParagraph("Alter Text.", [], [{ text: "Neuer Text." }])).toEqual({ kind: "plain" });
    const old = `Die Frist beträgt einen Monat.${FN}`;
    expect(planParagraph(old, [anchor(old, FN, "footnote")], [{ text: "Die Frist beträgt einen Monat. " }])).toEqual({ kind: "unchanged" });
  });

  test("a footnote stays after the word it followed; only the changed text around it is rewritten", () => {
    const old = `Gegen diesen Bescheid ist der Widerspruch zulässig.${FN} Er ist binnen eines Monats einzulegen.`;
    const anchors = [anchor(old, FN, "footnote")];
    const plan = planParagraph(old, anchors, [{ text: "Sie können Widerspruch einlegen. Dafür haben Sie einen Monat Zeit." }]);
    expect(plan.kind).toBe("refuse"); // "zulässig." is gone: where the note belongs is not certain

    const kept = planParagraph(old, anchors, [
      { text: "Sie können gegen den Bescheid Widerspruch einlegen, er ist zulässig. Dafür haben Sie " },
      { text: "einen Monat", bold: true },
      { text: " Zeit." },
    ]);
    expect(apply(old, anchors, kept)).toBe(`Sie können gegen den Bescheid Widerspruch einlegen, er ist zulässig.${FN} Dafür haben Sie einen Monat Zeit.`);
    expect(kept.kind === "around" && kept.gaps[1]!.runs).toEqual([{ text: " Dafür haben Sie " }, { text: "einen Monat", bold: true }, { text: " Zeit." }]);
  });

  test("text that is kept as it is does not count as a change", () => {
    const old = `Bitte beachten Sie die Frist.${FN} Vielen Dank.`;
    const plan = planParagraph(old, [anchor(old, FN, "footnote")], [{ text: "Bitte denken Sie an die Frist. Vielen Dank." }]);
    expect(plan.kind === "around" && plan.gaps.map((gap) => gap.changed)).toEqual([true, false]);
  });

  test("a word found twice in the result leaves the place open: refused", () => {
    const old = `Der Antrag${FN} ist da.`;
    expect(planParagraph(old, [anchor(old, FN, "footnote")], [{ text: "Der Antrag ist da. Wir prüfen den Antrag." }]).kind).toBe("refuse");
  });

  test("a content control, comment or bookmark is kept where its own text recurs unchanged, never inside another word", () => {
    const old = "Ihr Zeichen: 50.1-123/25 vom 3. März";
    const control = anchor(old, "50.1-123/25", "contentControl");
    const plan = planParagraph(old, [control], [{ text: "Ihr Aktenzeichen ist 50.1-123/25. Sie haben am 3. März geschrieben." }]);
    expect(apply(old, [control], plan)).toBe("Ihr Aktenzeichen ist 50.1-123/25. Sie haben am 3. März geschrieben.");

    const word = "Der Antrag liegt vor.";
    const comment = anchor(word, "Antrag", "comment");
    expect(planParagraph(word, [comment], [{ text: "Der Antragsteller ist da." }]).kind).toBe("refuse");
  });

  test("fields, hyperlinks and tracked changes are only kept by leaving their paragraph as it is", () => {
    const old = "Unser Zeichen: 50.1-123/25";
    for (const kind of ["field", "hyperlink", "trackedChange"] as const) {
      const plan = planParagraph(old, [anchor(old, "50.1-123/25", kind)], [{ text: "Unser Aktenzeichen: 50.1-123/25" }]);
      expect(plan).toEqual({ kind: "refuse", counts: { [kind]: 1 } });
    }
  });

  test("a picture at the paragraph's start stays there; text after it may change", () => {
    const old = "\u0001Stadt Musterstadt, Bürgeramt";
    const picture = anchor(old, "\u0001", "picture");
    const plan = planParagraph(old, [picture], [{ text: "Stadt Musterstadt – Bürgeramt" }]);
    expect(apply(old, [picture], plan)).toBe("\u0001Stadt Musterstadt – Bürgeramt");
    expect(plan.kind === "around" && plan.gaps[0]).toEqual({ old: "", runs: [], changed: false });
  });

  test("an object reaching out of the paragraph (or the selection) is not written around", () => {
    const old = "Bitte zahlen Sie bald.";
    expect(planParagraph(old, [{ kind: "comment", start: -5, end: 6, ref: 0 }], [{ text: "Zahlen Sie bitte bald." }]).kind).toBe("refuse");
  });

  test("two objects: each stays in order, the text between them is rewritten", () => {
    const old = `Frist${FN} beachten und Aktenzeichen 50.1-123/25 angeben.`;
    const anchors = [anchor(old, FN, "footnote", 0), anchor(old, "50.1-123/25", "bookmark", 1)];
    const plan = planParagraph(old, anchors, [{ text: "Denken Sie an die Frist und an das Aktenzeichen 50.1-123/25." }]);
    expect(plan.kind === "around" && plan.blocks).toEqual([
      { first: 0, last: 0, mark: true },
      { first: 1, last: 1, mark: false },
    ]);
    expect(apply(old, anchors, plan)).toBe(`Denken Sie an die Frist${FN} und an das Aktenzeichen 50.1-123/25.`);
  });
});
