import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { extractRawText } from "mammoth";

/** What a folder is searched for. */
export const CHECKED_EXTENSIONS = [".txt", ".md", ".docx"];
/** Formats named on their own that would only give nonsense as text. */
const UNREADABLE = new Set([".doc", ".odt", ".pdf", ".rtf", ".pages"]);

/** A file or folder that cannot be checked; the message names it. Exit code 66. */
export class InputError extends Error {
  override name = "InputError";
}

function wanted(relative: string): boolean {
  const parts = relative.split(/[\\/]/u);
  // Hidden folders (.git) and Word's lock files (~$brief.docx) are never letters.
  if (parts.some((part) => part.startsWith(".") || part.startsWith("~$"))) return false;
  return CHECKED_EXTENSIONS.includes(extname(relative).toLowerCase());
}

/** Files to check: named files as they are, folders searched recursively for .txt, .md and .docx, in a stable order. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === "-") {
      files.push(path);
      continue;
    }
    // A path that is not there stays in the list: reading it names the problem, and the others are still checked.
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = (await readdir(path, { recursive: true })).filter(wanted).sort((a, b) => a.localeCompare(b, "de"));
    const inFolder = [];
    for (const relative of found) if ((await stat(join(path, relative))).isFile()) inFolder.push(join(path, relative));
    if (inFolder.length === 0) throw new InputError(`No ${CHECKED_EXTENSIONS.join(", ")} files in ${path}.`);
    files.push(...inFolder);
  }
  return files;
}

async function readStdin(): Promise<string> {
  // `koki check` alone on a terminal would otherwise wait without a word.
  if (process.stdin.isTTY) console.error('Reading the text from standard input; end it with Ctrl+D. To check files: koki check FILE… ("koki check --help").');
  const parts: Buffer[] = [];
  for await (const part of process.stdin) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

/** The text of one input: .docx through mammoth (one paragraph a line), "-" from standard input, anything else as UTF-8. */
export async function readInput(path: string): Promise<string> {
  if (path === "-") return readStdin();
  const extension = extname(path).toLowerCase();
  if (UNREADABLE.has(extension)) throw new InputError(`Cannot read ${path}: KoKI checks .txt, .md and .docx files. Save it as .docx or plain text.`);
  try {
    if (extension === ".docx") return (await extractRawText({ path })).value;
    return await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${(error as Error).message}`);
  }
}
