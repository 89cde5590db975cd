// Turns the development manifests (https://localhost:3000) into production
// copies for a public URL. Used by webpack (npm run build -- --env url=…)
// and by the manifest tests. Plain CommonJS: it runs inside webpack's config.
const DEV_ORIGIN = "https://localhost:3000";

/** Checks and normalises the public URL: https, with a trailing slash. */
function publicUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`The add-in URL must use https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites every localhost URL (source location, icons, AppDomains, support
 * URL, ribbon resources) and sets the version from package.json.
 * `kind` is "xml" for the add-in only manifests, "json" for the unified one.
 */
function productionManifest(text, kind, { url, version, supportUrl }) {
  const base = publicUrl(url);
  const origin = base.slice(0, -1);
  let out = text.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(origin);
  if (kind === "xml") {
    out = out.replace(/<Version>[^<]*<\/Version>/u, `<Version>${version}.0</Version>`);
    if (supportUrl) out = out.replace(/<SupportUrl DefaultValue="[^"]*"\/>/u, `<SupportUrl DefaultValue="${publicUrl(supportUrl)}"/>`);
    out = out.replace("Development manifest: URLs point at https://localhost:3000 (koki serve).", `Production manifest for ${base}, version ${version}.`);
    return out;
  }
  const manifest = JSON.parse(out);
  manifest.version = version;
  manifest.validDomains = [new URL(base).host];
  if (supportUrl)
    Object.assign(manifest.developer, { websiteUrl: publicUrl(supportUrl), privacyUrl: publicUrl(supportUrl), termsOfUseUrl: publicUrl(supportUrl) });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

module.exports = { productionManifest, publicUrl, DEV_ORIGIN };
