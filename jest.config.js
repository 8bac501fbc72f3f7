/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", esModuleInterop: true, resolveJsonModule: true } }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  // office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real module
  // loads an ESM-only dependency that jest 30 on Node 20 cannot require.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
};
