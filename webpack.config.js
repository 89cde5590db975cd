// Builds the task pane into dist/. Office.js is loaded from Microsoft's CDN by
// taskpane.html and stays out of the bundle (externals).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CompressionPlugin = require("compression-webpack-plugin");
const zlib = require("node:zlib");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { productionManifest } = require("./scripts/production-manifests");
const { HostChunksPlugin } = require("./scripts/host-chunks-plugin");
const { version } = require("./package.json");

/**
 * A compressed copy of each text asset, beside it (`.gz`, `.br`). Not of taskpane.html: the gateway
 * writes the sign-in settings into it and compresses the result itself (server http/pane-page.ts).
 */
const precompressed = (algorithm, extension, compressionOptions) =>
  new CompressionPlugin({
    test: /\.(js|css|html|wasm)$/u,
    exclude: /^taskpane\.html$/u,
    algorithm,
    filename: `[path][base].${extension}`,
    compressionOptions,
    minRatio: 0.9,
  });

module.exports = (env = {}, argv) => {
  const production = argv.mode !== "development";
  // With a public URL (--env url=… or KOKI_PUBLIC_URL), dist/ gets production manifests.
  const url = env.url ?? process.env.KOKI_PUBLIC_URL;
  const supportUrl = env.supportUrl ?? process.env.KOKI_SUPPORT_URL;
  const manifest = (from, kind) => ({
    from,
    ...(url ? { transform: (content) => productionManifest(content.toString(), kind, { url, version, supportUrl }) } : {}),
  });
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: { taskpane: "./src/taskpane/index.tsx", "auth-dialog": "./src/taskpane/auth/auth-dialog.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React DOM and Fluent (with its styling and focus libraries) in scripts of their own: they download and
          // compile in parallel with the pane's code, and stay cached when a KoKI update changes only our code.
          react: { test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/u, name: "react-dom", chunks: "initial", enforce: true },
          // The light theme joins Griffel's style sheet (whose plugin keeps CSS other than its own), one request.
          theme: { test: /[\\/]light\.theme\.css$/u, type: "css/mini-extract", name: "griffel", chunks: "all", enforce: true },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@emotion|@swc|use-sync-external-store)[\\/]/u,
            name: "fluent",
            chunks: "initial",
            enforce: true,
          },
        },
      },
    },
    externals: { "office-js": "Office" },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Our makeStyles calls become precomputed classes and CSS too (after swc; loaders run last to first).
            {
              loader: "@griffel/webpack-loader",
              options: {
                modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }],
                // For the TypeScript modules that styles import (read, not compiled, by the loader).
                babelOptions: { presets: ["@babel/preset-typescript"] },
              },
            },
            {
              loader: "swc-loader",
              options: {
                jsc: {
                  parser: { syntax: "typescript", tsx: true },
                  transform: { react: { runtime: "automatic" } },
                  target: "es2020",
                },
              },
            },
          ],
        },
        // Fluent's and our styles go to a CSS file at build time instead of being inserted rule by rule
        // at start ("post": after the loaders above have turned our makeStyles into precomputed styles).
        {
          test: /\.(js|tsx?)$/,
          include: [/[\\/]node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, "src")],
          use: { loader: GriffelCSSExtractionPlugin.loader },
          enforce: "post",
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        // A Fluent theme's tokens as CSS custom properties, written at build time (theme/apply-theme.ts).
        { test: /\.theme\.css$/, use: path.resolve(__dirname, "scripts/fluent-theme-loader.js") },
        { test: /\.txt$/, type: "asset/source" },
        // src/core is pure (no side effects at import), so chunks take only the modules they use.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      new MiniCssExtractPlugin({ filename: production ? "[name].[contenthash:8].css" : "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        // The template places the style sheet and the script itself (early in <head>, high priority).
        inject: false,
      }),
      // Which scripts each host's code takes, for the gateway's early hints.
      new HostChunksPlugin(),
      // Sign-in page for Office builds without nested app authentication.
      new HtmlWebpackPlugin({
        template: "./src/taskpane/auth/auth-dialog.html",
        filename: "auth-dialog.html",
        chunks: ["auth-dialog"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/*.svg.txt"] } },
          manifest("manifest.xml", "xml"),
          manifest("manifest.outlook.xml", "xml"),
          manifest("manifest.json", "json"),
          { from: "manifest.en-us.json" },
          // Syllable patterns for the readability check, loaded by its worker on demand.
          { from: "node_modules/hyphenopoly/patterns/de-x-syllable.wasm", to: "patterns/" },
        ],
      }),
      // Pre-compressed copies, which the gateway serves to browsers that accept them (the scripts shrink to a quarter).
      ...(production ? [precompressed("gzip", "gz"), precompressed("brotliCompress", "br", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })] : []),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
