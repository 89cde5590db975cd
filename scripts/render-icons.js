// Renders assets/icon.svg to the PNG sizes Word and Outlook ask for.
// Run after changing the SVG: node scripts/render-icons.js (results are committed).
const { readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { Resvg } = require("@resvg/resvg-js");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128, 192];
const assets = path.join(__dirname, "..", "assets");
const svg = readFileSync(path.join(assets, "icon.svg"), "utf8");

for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(path.join(assets, `icon-${size}.png`), png);
  console.log(`assets/icon-${size}.png`);
}
