import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require("../../scripts/production-manifests") as {
  productionManifest(text: string, kind: "xml" | "json", options: { url: string; version: string; supportUrl?: string }): string;
};

const ROOT = join(__dirname, "..", "..");
const SCHEMA = join(ROOT, "..", "shared", "office-schemas", "OfficeAppManifestV1_1.xsd");
const MANIFESTS = ["manifest.xml", "manifest.outlook.xml"];

/** CI must validate; locally a missing xmllint or ../shared skips with a notice. */
function canValidate(): boolean {
  const missing = spawnSync("xmllint", ["--version"]).status !== 0 ? "xmllint (apt-get install libxml2-utils)" : !existsSync(SCHEMA) ? SCHEMA : undefined;
  if (!missing) return true;
  if (process.env.CI) throw new Error(`XSD validation needs ${missing}.`);
  console.warn(`Skipping XSD validation: missing ${missing}.`);
  return false;
}

const read = (name: string) => readFileSync(join(ROOT, name), "utf8");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Elements newer than the offline XSDs (see ../shared/office-schemas/README.md), each marked by a comment in the manifest. */
const NEWER_ELEMENTS = [/\s*<SupportsPinning>true<\/SupportsPinning>/gu];

function xsdErrors(xml: string): string {
  const stripped = NEWER_ELEMENTS.reduce((text, element) => text.replace(element, ""), xml);
  return execFileSync("xmllint", ["--noout", "--schema", SCHEMA, "-"], { input: stripped, encoding: "utf8", stdio: "pipe" });
}

(canValidate() ? test : test.skip).each(MANIFESTS)("%s validates against the Office XSDs", (name) => {
  expect(xsdErrors(read(name))).toBe("");
});

/** office-addin-manifest validates unified manifests offline against the schemas it bundles. */
function validateUnified(dir: string): { status: number | null; output: string } {
  const cli = join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
  const result = spawnSync(process.execPath, [cli, "validate", join(dir, "manifest.json")], {
    encoding: "utf8",
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_IN: "false" },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("unified manifest (manifest.json)", () => {
  test("validates offline with office-addin-manifest", () => {
    const result = validateUnified(ROOT);
    expect(result).toMatchObject({ status: 0 });
  });

  test("covers mail and document, with requirement sets on runtimes and ribbons, not at the top", () => {
    const manifest = JSON.parse(read("manifest.json"));
    const [extension] = manifest.extensions;
    expect(extension.requirements).toEqual({ scopes: ["mail", "document"] });
    for (const part of [...extension.runtimes, ...extension.ribbons]) expect(part.requirements.capabilities.length).toBe(1);
    expect(extension.runtimes.find((r: { id: string }) => r.id === "MailTaskPane").actions[0].pinnable).toBe(true);
    expect(manifest.version).toBe(JSON.parse(read("package.json")).version);
    expect(manifest.id).not.toBe(read("manifest.xml").match(/<Id>([^<]+)<\/Id>/)?.[1]);
  });

  test("its colour icon is 192×192 and its outline icon 32×32", () => {
    const { icons } = JSON.parse(read("manifest.json"));
    expect(pngSize(join(ROOT, icons.color))).toEqual([192, 192]);
    expect(pngSize(join(ROOT, icons.outline))).toEqual([32, 32]);
  });
});

describe("production manifests (npm run build -- --env url=…)", () => {
  const options = { url: "https://addin.stadt.example/koki", version: "2.3.4", supportUrl: "https://intranet.stadt.example/koki-hilfe" };
  const production = (name: string) => productionManifest(read(name), name.endsWith(".json") ? "json" : "xml", options);

  test.each([...MANIFESTS, "manifest.json"])("%s: no localhost left, every URL https on the public origin, version from package.json", (name) => {
    const text = production(name);
    expect(text).not.toMatch(/localhost/u);
    const urls = [...text.matchAll(/https?:\/\/[^"<\s]+/gu)]
      .map((match) => match[0])
      .filter((url) => !/schemas\.microsoft\.com|json-schemas|w3\.org/u.test(url));
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\/(addin|intranet)\.stadt\.example\//u);
    expect(text).toContain(name.endsWith(".json") ? '"version": "2.3.4"' : "<Version>2.3.4.0</Version>");
    expect(text).toContain("https://addin.stadt.example/koki/taskpane.html");
  });

  (canValidate() ? test : test.skip).each(MANIFESTS)("%s: the production copy still validates against the XSDs", (name) => {
    expect(xsdErrors(production(name))).toBe("");
    expect(production(name)).toContain('<SupportUrl DefaultValue="https://intranet.stadt.example/koki-hilfe/"/>');
  });

  test("manifest.json: the production copy still validates", () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-manifest-"));
    mkdirSync(join(dir, "assets"));
    for (const icon of ["icon-192.png", "icon-outline-32.png"]) copyFileSync(join(ROOT, "assets", icon), join(dir, "assets", icon));
    copyFileSync(join(ROOT, "manifest.en-us.json"), join(dir, "manifest.en-us.json"));
    writeFileSync(join(dir, "manifest.json"), production("manifest.json"));
    expect(validateUnified(dir)).toMatchObject({ status: 0 });
    expect(JSON.parse(production("manifest.json")).validDomains).toEqual(["addin.stadt.example"]);
  });

  test("a public URL without https is refused", () => {
    expect(() => productionManifest(read("manifest.xml"), "xml", { ...options, url: "http://addin.stadt.example/" })).toThrow(/https/u);
  });
});

describe("manifest structure", () => {
  test("the Word and Outlook manifests have different GUIDs", () => {
    const ids = MANIFESTS.map((name) => read(name).match(/<Id>([0-9a-f-]{36})<\/Id>/)?.[1]);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(2);
  });

  test.each(MANIFESTS)("%s has a four-part version matching package.json", (name) => {
    const version = read(name).match(/<Version>([^<]+)<\/Version>/)?.[1];
    const pkg = JSON.parse(read("package.json")).version as string;
    expect(version).toBe(`${pkg}.0`);
  });

  test.each(MANIFESTS)("%s asks only for the least permission and has German and English names", (name) => {
    const xml = read(name);
    const permission = xml.match(/<Permissions>([^<]+)<\/Permissions>/)?.[1];
    expect(permission).toBe(name === "manifest.xml" ? "ReadWriteDocument" : "ReadWriteItem");
    expect(xml).toMatch(/<DefaultLocale>de-DE<\/DefaultLocale>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="KoKI – Schreibassistent">\s*<Override Locale="en-US"/);
  });

  test.each(MANIFESTS)("every icon %s names exists with the pixel size its id declares", (name) => {
    const urls = [...read(name).matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(urls.length).toBeGreaterThan(0);
    for (const [, path, size] of urls) expect(pngSize(join(ROOT, path!))).toEqual([Number(size), Number(size)]);
  });

  test("the Word manifest puts a button on the Home tab with 16/32/80 icons", () => {
    const xml = read("manifest.xml");
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    for (const size of [16, 32, 80]) expect(xml).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
    expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1.1"\/>/);
  });

  test("the Outlook manifest has read and compose buttons and Mailbox 1.5", () => {
    const xml = read("manifest.outlook.xml");
    expect(xml).toContain('xsi:type="MessageReadCommandSurface"');
    expect(xml).toContain('xsi:type="MessageComposeCommandSurface"');
    expect(xml).toMatch(/<bt:Sets DefaultMinVersion="1.5">/);
    // The pane stays open while the clerk moves between emails (read surface only).
    const readSurface = xml.slice(xml.indexOf('xsi:type="MessageReadCommandSurface"'), xml.indexOf('xsi:type="MessageComposeCommandSurface"'));
    expect(readSurface).toContain("<SupportsPinning>true</SupportsPinning>");
  });
});
