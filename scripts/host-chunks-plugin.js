// Writes host-chunks.json: for each host's code (the "host-*" chunk groups of src/taskpane/hosts/host-code.ts),
// every script that loading it takes, the libraries split off into shared chunks included. The gateway
// hints them all with the page (server http/pane-page.ts), not only the host's own chunk.
const { Compilation, sources } = require("webpack");

// The gateway reads it by this name (HOST_CHUNKS in server http/pane-page.ts).
const FILE = "host-chunks.json";
const PREFIX = "host-";

class HostChunksPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(HostChunksPlugin.name, (compilation) => {
      // REPORT: after the content hashes have given the chunks their final names.
      compilation.hooks.processAssets.tap({ name: HostChunksPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const hosts = {};
        for (const [name, group] of compilation.namedChunkGroups) {
          if (!name.startsWith(PREFIX)) continue;
          const scripts = group.getFiles().filter((file) => file.endsWith(".js"));
          // The host's own chunk first: it is the one that runs the others.
          hosts[name.slice(PREFIX.length)] = scripts.sort((a, b) => Number(b.startsWith(name)) - Number(a.startsWith(name)));
        }
        compilation.emitAsset(FILE, new sources.RawSource(`${JSON.stringify(hosts, null, 2)}\n`));
      });
    });
  }
}

module.exports = { HostChunksPlugin };
