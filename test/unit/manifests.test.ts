import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

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

(canValidate() ? test : test.skip).each(MANIFESTS)("%s validates against the Office XSDs", (name) => {
  const xml = NEWER_ELEMENTS.reduce((text, element) => text.replace(element, ""), read(name));
  const output = execFileSync("xmllint", ["--noout", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8", stdio: "pipe" });
  expect(output).toBe("");
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
