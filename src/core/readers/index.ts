// Reading reports of any supported format: each file's bytes are sniffed, the matching reader
// turns them into text, and the file goes on to the parser with that text attached. Plain text
// files are left as they are (the parser's decoder reads them). A file no reader can read
// carries its reason, which the parser reports as that file's warning.
import type { InputFile } from "../pipeline";
import { readDocx } from "./docx";
import { readHtml } from "./html";
import { readPdf } from "./pdf";
import { extensionOf, sniff, tooLarge } from "./sniff";
import { ReaderEnv, ReadResult } from "./types";

export { REPORT_EXTENSIONS, MAX_REPORT_BYTES, LEGACY_DOC, tooLarge } from "./sniff";
export type { Format, ReadDocument, ReaderEnv, ReadResult } from "./types";

const READERS = { pdf: readPdf, docx: readDocx, html: readHtml } as const;
const FORMAT_NAMES = { pdf: "a PDF", docx: "a Word document", html: "a web page (HTML)" } as const;
const EXPECTED: Record<string, keyof typeof READERS | "txt"> = {
  ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".txt": "txt",
};

/** One file read; null for plain text, which the parser decodes itself. */
export async function readReport(file: InputFile, env: ReaderEnv): Promise<ReadResult | null> {
  const kind = sniff(file.bytes, file.name);
  if (kind.reader === "txt") return null;
  if (kind.reader === "refuse") return { ok: false, reason: kind.reason };
  const big = tooLarge(file.bytes.length);
  if (big) return { ok: false, reason: big };
  let result: ReadResult;
  try {
    result = await READERS[kind.reader](file.bytes, env);
  } catch (e) {
    result = { ok: false, reason: `cannot read ${FORMAT_NAMES[kind.reader]} (${e instanceof Error ? e.message : String(e)})` };
  }
  const expected = EXPECTED[extensionOf(file.name)];
  if (result.ok && expected !== undefined && expected !== kind.reader) {
    result.doc.notes.push(`named ${extensionOf(file.name)} but is ${FORMAT_NAMES[kind.reader]}; read as such`);
  }
  return result;
}

/**
 * Files with their reports read (one at a time, so memory holds one document's reader state).
 * The bytes of a file read are dropped: the text is what the parser needs. A file that already
 * carries its reading (e.g. refused for its size before its bytes were loaded) keeps it.
 */
export async function readReports(
  files: readonly InputFile[],
  env: ReaderEnv,
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const read = file.read ?? (await readReport(file, env));
    out.push(read ? { name: file.name, bytes: new Uint8Array(0), read } : file);
    onProgress?.(i + 1, files.length, file.name);
  }
  return out;
}
