// 添加报告: the picked files as the parser's input. Word, PDF and web pages are read with the
// same readers as the command line; the browser supplies the DOM (DOMParser: inert, scripts in
// a page never run). Nothing of the readers is in the pane's first load: their code and
// libraries arrive the first time a file that needs them is picked (webpack chunks; pdf.js as
// its own prebuilt, already minified files, its worker in a real Worker).
import type { InputFile } from "../core/pipeline";
import type { MammothLike, PdfjsLike, PdfSetup, ReadabilityLike, ReaderEnv } from "../core/readers/types";
import { sniff, tooLarge } from "../core/readers/sniff";

/** Where the build puts pdf.js (webpack.config.js copies it there) and its character maps. */
const PDFJS = "pdfjs/";

let pdf: Promise<PdfSetup> | null = null;

function loadPdfjs(): Promise<PdfSetup> {
  pdf ??= (async () => {
    const base = new URL(PDFJS, document.baseURI);
    const pdfjs = await import(/* webpackIgnore: true */ new URL("pdf.min.js", base).href);
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.min.js", base).href;
    return { pdfjs: pdfjs as PdfjsLike, cMapUrl: new URL("cmaps/", base).href };
  })();
  return pdf;
}

export const browserReaderEnv: ReaderEnv = {
  parseHtml: (html) => new DOMParser().parseFromString(html, "text/html"),
  loadMammoth: async () => (await import(/* webpackChunkName: "reader-docx" */ "mammoth")) as unknown as MammothLike,
  loadPdfjs,
  loadReadability: async () => (await import(/* webpackChunkName: "reader-html" */ "@mozilla/readability")).Readability as unknown as ReadabilityLike,
};

/**
 * The picked files, read one at a time. A Word, PDF or HTML file too large to read is refused
 * by its size before its bytes are loaded; plain text needs no reader at all.
 */
export async function readPickedFiles(list: FileList, onProgress?: (done: number, total: number, file: string) => void): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const f of Array.from(list)) {
    const big = /\.txt$/i.test(f.name) ? null : tooLarge(f.size);
    files.push(big ? { name: f.name, bytes: new Uint8Array(0), read: { ok: false, reason: big } } : { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  if (files.every((f) => f.read || sniff(f.bytes, f.name).reader === "txt")) return files;
  const { readReports } = await import(/* webpackChunkName: "readers" */ "../core/readers");
  return readReports(files, browserReaderEnv, onProgress);
}
