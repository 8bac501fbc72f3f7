// The readers' environment in Node: linkedom as the DOM, pdf.js's legacy build (the one made
// for Node) with its worker on the main thread, mammoth's Node build and Readability. Each
// library is loaded on first use, so a run over .txt files never loads them.
import * as path from "path";
import type { MammothLike, PdfjsLike, PdfSetup, ReadabilityLike, ReaderEnv } from "../core/readers/types";

/**
 * Node's own require. pdf.js ships only ES modules; Node ≥ 20.19 loads them with require(), but
 * a test runner's module system may not, so the loader asks Node directly.
 */
function nodeRequire(id: string): unknown {
  const { createRequire } = process.getBuiltinModule("module");
  return createRequire(__filename)(id);
}

let pdf: PdfSetup | null = null;

function loadPdfjs(): Promise<PdfSetup> {
  if (!pdf) {
    const pdfjs = nodeRequire("pdfjs-dist/legacy/build/pdf.mjs") as PdfjsLike;
    // With the worker's handler on globalThis, pdf.js runs it in this thread (no worker file).
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = nodeRequire("pdfjs-dist/legacy/build/pdf.worker.mjs");
    const root = path.dirname((process.getBuiltinModule("module").createRequire(__filename)).resolve("pdfjs-dist/package.json"));
    pdf = { pdfjs, cMapUrl: path.join(root, "cmaps") + path.sep };
  }
  return Promise.resolve(pdf);
}

export function nodeReaderEnv(): ReaderEnv {
  return {
    parseHtml: (html) => {
      const { DOMParser } = nodeRequire("linkedom") as { DOMParser: new () => DOMParser };
      return new DOMParser().parseFromString(html, "text/html");
    },
    loadMammoth: () => Promise.resolve(nodeRequire("mammoth") as MammothLike),
    loadPdfjs,
    loadReadability: () => Promise.resolve((nodeRequire("@mozilla/readability") as { Readability: ReadabilityLike }).Readability),
  };
}
