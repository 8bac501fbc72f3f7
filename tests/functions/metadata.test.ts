// functions.json as the webpack plugin generates it from functions.ts's JSDoc (same package,
// programmatic API), checked against the signatures the add-in documents.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";

interface Param { name: string; type?: string; optional?: boolean; dimensionality?: string; description?: string }
interface Fn {
  id: string; name: string; description: string; parameters: Param[]; result: { type?: string; dimensionality?: string };
  options?: { stream?: boolean; volatile?: boolean };
}

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

const EXPECTED: Record<string, { params: string[]; result: string }> = {
  TARGET: { params: ["indicator:string", "year:number", "region?:string"], result: "number" },
  ACTUAL: { params: ["indicator:string", "year:number", "region?:string"], result: "number" },
  GAP: { params: ["indicator:string", "year:number", "region?:string"], result: "number" },
  ATTAINMENT: { params: ["indicator:string", "year:number", "region?:string"], result: "number" },
  STATUS: { params: ["indicator:string", "year:number", "region?:string"], result: "string" },
  UNIT: { params: ["indicator:string"], result: "string" },
  SOURCE: { params: ["indicator:string", "year:number", "kind?:string"], result: "string" },
  SERIES: { params: ["indicator:string", "from?:number", "to?:number", "region?:string"], result: "matrix" },
  FIND: { params: ["text:string"], result: "matrix" },
  INDICATORS: { params: ["pillar?:string"], result: "matrix" },
};

let functions: Fn[];
let associations: { id: string; functionName: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], false);
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
  associations = result.associate;
}, 60_000);

test("lists exactly the documented functions", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

test.each(Object.entries(EXPECTED))("%s has the documented parameters and result", (id, expected) => {
  const fn = functions.find((f) => f.id === id)!;
  expect(fn.name).toBe(id);
  const params = fn.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}:${p.type}`);
  expect(params).toEqual(expected.params);
  expect(fn.result.dimensionality === "matrix" ? "matrix" : fn.result.type).toBe(expected.result);
});

test("every function streams (cells follow the workbook's data), none is volatile", () => {
  for (const fn of functions) expect([fn.id, fn.options]).toEqual([fn.id, { stream: true }]);
});

test("descriptions are Chinese first, then English", () => {
  const zhThenEn = /^[\u4e00-\u9fff].* \/ [A-Z]/u;
  for (const fn of functions) {
    expect(fn.description).toMatch(zhThenEn);
    for (const p of fn.parameters) expect(p.description).toMatch(zhThenEn);
  }
});

test("every custom function is an exported implementation", () => {
  jest.doMock("@seeds-dataset", () => ({ __esModule: true, default: require("../query/fixture").fixtureBundle() }), { virtual: true });
  const implementations = require("../../src/functions/functions") as Record<string, unknown>;
  for (const a of associations) expect(typeof implementations[a.functionName]).toBe("function");
  expect(associations.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});
