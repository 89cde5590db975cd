// Renders assets/icon.svg to the PNG sizes Word, Outlook and the unified manifest ask for,
// and assets/icon-outline.svg to the unified manifest's 32×32 outline icon.
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

// The unified manifest's outline icon: 32×32, white on transparent.
const outline = readFileSync(path.join(assets, "icon-outline.svg"), "utf8");
writeFileSync(path.join(assets, "icon-outline-32.png"), new Resvg(outline, { fitTo: { mode: "width", value: 32 } }).render().asPng());
console.log("assets/icon-outline-32.png");
