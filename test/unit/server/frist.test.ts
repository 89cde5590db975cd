import { parseArgs } from "node:util";
import { fristCommand } from "../../../src/server/cli/frist";

/** Parses argv the way the dispatcher does (strictly, --help added) and runs the command, capturing stdout and stderr. */
async function koki(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const error = jest.spyOn(console, "error").mockImplementation((...parts: unknown[]) => {
    err.push(parts.map(String).join(" "));
  });
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...fristCommand.options, help: { type: "boolean", short: "h" } },
      allowPositionals: fristCommand.allowPositionals,
      strict: true,
    });
    const code = await fristCommand.run({ values, positionals });
    return { code, stdout: out.join(""), stderr: err.join("\n") };
  } finally {
    write.mockRestore();
    error.mockRestore();
  }
}

describe("koki frist", () => {
  test("prints JSON with beginn, ende and begruendung, and exits 0", async () => {
    const { code, stdout, stderr } = await koki("--beginn", "2025-03-31", "--dauer", "1 Monat");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const result = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(result)).toEqual(["beginn", "ende", "begruendung"]);
    expect(result).toMatchObject({ beginn: "2025-04-01", ende: "2025-04-30" });
    expect(result.begruendung).toContain("Der Ereignistag 31.03.2025 wird nicht mitgerechnet (§ 187 Abs. 1 BGB).");
  });

  test("--land picks the holidays", async () => {
    // Thu 19.06.2025 is Fronleichnam: a holiday in NW (the default) and BY, not in NI.
    const ende = async (...land: string[]) =>
      (JSON.parse((await koki("--beginn", "2025-05-19", "--dauer", "einen Monat", ...land)).stdout) as { ende: string }).ende;
    expect(await ende()).toBe("2025-06-20");
    expect(await ende("--land", "BY")).toBe("2025-06-20");
    expect(await ende("--land", "NI")).toBe("2025-06-19");
  });

  test("--bekanntgabe with the default 4 days, --bekanntgabe-tage, and --bekanntgabe-verschieben", async () => {
    const run = async (...flags: string[]) =>
      JSON.parse((await koki("--beginn", "2025-03-11", "--dauer", "1 Monat", "--bekanntgabe", ...flags)).stdout) as { ende: string; begruendung: string };
    // Posted Tue 11.03.2025: 4th day Sat 15.03. stays, 1 month → Tue 15.04.2025.
    expect((await run()).ende).toBe("2025-04-15");
    // 3 days: Fri 14.03. → Mon 14.04.2025.
    expect((await run("--bekanntgabe-tage", "3")).ende).toBe("2025-04-14");
    // Moved to Mon 17.03. → Thu 17.04.2025.
    const moved = await run("--bekanntgabe-verschieben");
    expect(moved.ende).toBe("2025-04-17");
    expect(moved.begruendung).toContain("Nach der gewählten Einstellung verschiebt sich die Bekanntgabe");
  });

  test("--beginn-mitzaehlen counts the start day (§ 187 Abs. 2 BGB)", async () => {
    const { stdout } = await koki("--beginn", "2025-03-01", "--dauer", "1 Monat", "--beginn-mitzaehlen");
    expect(JSON.parse(stdout)).toMatchObject({ beginn: "2025-03-01", ende: "2025-03-31" });
  });

  test.each([
    [["--dauer", "1 Monat"], "Es fehlt --beginn."],
    [["--beginn", "2025-03-31"], "Es fehlt --dauer."],
    [["--beginn", "2025-03-31", "--dauer", "3 Stunden"], "KoKI versteht die Dauer „3 Stunden“ nicht."],
    [["--beginn", "31.03.2025", "--dauer", "1 Monat"], "„beginn“ muss ein Datum in der Form JJJJ-MM-TT sein"],
    [["--beginn", "2025-03-31", "--dauer", "1 Monat", "--land", "XY"], "Das Land „XY“ kennt KoKI nicht."],
    [["--beginn", "2025-03-31", "--dauer", "1 Monat", "--bekanntgabe-tage", "3"], "--bekanntgabe-tage gilt nur zusammen mit --bekanntgabe."],
    [["--beginn", "2025-03-31", "--dauer", "1 Monat", "--bekanntgabe", "--bekanntgabe-tage", "vier"], "--bekanntgabe-tage braucht eine ganze Zahl"],
    [["--beginn", "2025-03-31", "--dauer", "1 Monat", "--bekanntgabe", "--bekanntgabe-tage", "99"], "ganze Zahl von 1 bis 30"],
  ])("%j: a German error on stderr, nothing on stdout, exit 64", async (argv, message) => {
    const { code, stdout, stderr } = await koki(...argv);
    expect(code).toBe(64);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });

  test("misspelt flags are refused by the strict parser", async () => {
    await expect(koki("--begin", "2025-03-31", "--dauer", "1 Monat")).rejects.toThrow(/Unknown option '--begin'/);
  });

  test("help names every flag and the examples", () => {
    for (const flag of Object.keys(fristCommand.options)) expect(fristCommand.help).toContain(`--${flag}`);
    expect(fristCommand.help).toContain('koki frist --beginn 2025-03-31 --dauer "1 Monat"');
    expect(fristCommand.name).toBe("frist");
    expect(fristCommand.summary.length).toBeLessThan(100);
  });
});
