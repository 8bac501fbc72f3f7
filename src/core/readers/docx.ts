// A Word document (.docx) → its text: mammoth turns the document into plain HTML (paragraphs,
// tables, lists; no styling), and the same DOM walker as for web pages turns that into lines,
// so tables read row by row. Images are not decoded: their bytes cannot hold a report's text.
import { domText } from "./html-text";
import { ReaderEnv, ReadResult } from "./types";

export async function readDocx(bytes: Uint8Array, env: ReaderEnv): Promise<ReadResult> {
  const mammoth = await env.loadMammoth();
  // A copy that owns exactly these bytes: mammoth's browser build wants an ArrayBuffer, its
  // Node build a Buffer-like value; both accept the same bytes under these two names.
  const copy = bytes.slice();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { arrayBuffer: copy.buffer, buffer: copy },
      {
        ignoreEmptyParagraphs: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    html = result.value;
  } catch (e) {
    return { ok: false, reason: docxFailure(e) };
  }
  const text = domText(env.parseHtml(`<!doctype html><html><body>${html}</body></html>`).body);
  if (text.trim() === "") return { ok: false, reason: "Word document without text (only images or empty); if it is a scan it needs OCR" };
  return { ok: true, doc: { format: "docx", encoding: "utf-8", text, pageStarts: [], meta: {}, notes: [] } };
}

/** jszip and mammoth failures in words a user can act on. */
function docxFailure(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/central directory|zip|corrupted|end of data|invalid|signature|compression/i.test(message)) {
    return `damaged or truncated Word file (ZIP error: ${message}); open it in Word and save it again`;
  }
  if (/main document part|word\/document\.xml/i.test(message)) {
    return "ZIP archive that is not a Word document (no word/document.xml); save the report as .docx";
  }
  return `cannot read Word file (${message})`;
}
