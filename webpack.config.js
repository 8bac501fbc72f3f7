// Builds the add-in into dist/ (OfficeDev template conventions). One page, taskpane.html, is
// the shared runtime: it loads ONE bundle holding the task pane, the custom functions and the
// ribbon commands, so all three share one JavaScript context and one dataset store.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_ORIGIN, rehostManifest } = require("./scripts/manifest/manifest-checks");

const SEEDS_DATASET = path.resolve(__dirname, "lib/seeds-data/dataset.json");
const DEV_PORT = require("./scripts/dev-server-state").devServerPort();
const FUNCTIONS = "./src/functions/functions.ts";

/** The seeds dataset is compiled into the bundle; building without it would ship an empty add-in. */
function requireSeedsDataset(file) {
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(__dirname, file)} is missing. It is the seeds dataset the add-in bundles; ` +
        "create it with `npm run build:data` (npm run build and npm run dev-server do this first).",
    );
  }
}

/**
 * HTTPS for the dev server: the office-addin-dev-certs certificates when they are installed
 * (Office trusts them); on Windows/macOS install them as the templates do; elsewhere (no sudo,
 * e.g. Linux containers) fall back to webpack-dev-server's own self-signed certificate.
 */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
  if (files.every((f) => fs.existsSync(f))) {
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    return { type: "https", options: { ca, cert, key } };
  }
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const { ca, cert, key } = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca, cert, key } };
    } catch (err) {
      console.warn(`office-addin-dev-certs could not install certificates: ${err.message || err}`);
    }
  }
  console.warn(
    "Using webpack-dev-server's self-signed HTTPS certificate (office-addin-dev-certs certificates are not installed). " +
      `Open ${DEV_ORIGIN}/taskpane.html once in the browser and accept the certificate before sideloading.`,
  );
  return "https";
}

/** manifest.xml as served: moved to ADDIN_ORIGIN when deploying, unchanged for development. */
function manifestForOrigin(content) {
  const origin = process.env.ADDIN_ORIGIN;
  return origin ? rehostManifest(content.toString(), DEV_ORIGIN, origin) : content;
}

/** The configuration; `seedsDataset` is a parameter so tests can build it without lib/. */
async function buildConfig({ mode, serve = false, seedsDataset = SEEDS_DATASET }) {
  requireSeedsDataset(seedsDataset);
  const dev = mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // Functions first: they register with Excel even if the task pane's UI code fails.
      taskpane: [FUNCTIONS, "./src/commands/commands.ts", "./src/taskpane/taskpane.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The report readers (src/taskpane/read-files.ts): loaded when a Word, PDF or web page is picked.
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      alias: { "@seeds-dataset": seedsDataset },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.resolve(__dirname, "tsconfig.json"), onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    // One entry holds everything the pane needs at start; no split chunks, so there is exactly
    // one copy of each module. Only the readers' dynamic imports become chunks of their own.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: {
      // The bundled seeds dataset makes the one bundle larger than webpack's web-page defaults.
      maxEntrypointSize: 3 * 1024 * 1024,
      maxAssetSize: 3 * 1024 * 1024,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: seedsDataset, to: "dataset.json" },
          // pdf.js as published (already minified), loaded by the PDF reader when a PDF is picked,
          // with its CJK character maps, fetched only when a PDF needs one. Named .js so any
          // server sends them as JavaScript.
          { from: "node_modules/pdfjs-dist/legacy/build/pdf.min.mjs", to: "pdfjs/pdf.min.js", info: { minimized: true } },
          { from: "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs", to: "pdfjs/pdf.worker.min.js", info: { minimized: true } },
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestForOrigin },
        ],
      }),
    ],
    devServer: {
      // Excel on the web fetches functions.json from another origin, hence the CORS header.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serve ? await devServerHttps() : "https",
      port: DEV_PORT,
      // Everything is served from the compilation (CopyWebpackPlugin covers assets/); no static folder.
      static: false,
    },
  };
}

module.exports = (env, options) => buildConfig({ mode: options.mode, serve: Boolean(env && env.WEBPACK_SERVE) });
module.exports.buildConfig = buildConfig;
