/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The machine is shared (2 cores, several test runs at once): 5 s is too little for a test that
  // reads a workbook while others compile. Long tests still set their own timeouts.
  testTimeout: 30_000,
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
