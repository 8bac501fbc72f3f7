/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", esModuleInterop: true, resolveJsonModule: true } }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  // office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real module
  // loads an ESM-only dependency that jest cannot require on Node 20.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
};
