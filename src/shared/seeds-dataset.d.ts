// lib/seeds-data/dataset.json, which webpack resolves through the `@seeds-dataset` alias
// (see webpack.config.js). Typed as unknown: it is checked by asDatasetBundle on load.
declare module "@seeds-dataset" {
  const dataset: unknown;
  export default dataset;
}
