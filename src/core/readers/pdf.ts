// A PDF with a text layer → text, page by page, through pdf.js; the layout (lines, columns,
// paragraphs, page furniture) is rebuilt in pdf-layout.ts. A scan has no text layer and is
// refused with the fix (OCR), an encrypted file with the fix (an unprotected copy).
import { layoutPages, PageRuns } from "./pdf-layout";
import { PdfDocumentLike, PdfTextItem, ReaderEnv, ReadResult } from "./types";

/** Fewer readable characters than this per page (on average) is a scan, not a text PDF. */
const MIN_CHARS_PER_PAGE = 5;

export const NO_TEXT_LAYER = "no text layer: needs OCR (a scanned PDF; recognise its text first, e.g. WPS 图片转文字 or the scanner's OCR, and save it as .docx)";

export async function readPdf(bytes: Uint8Array, env: ReaderEnv): Promise<ReadResult> {
  const { pdfjs, cMapUrl } = await env.loadPdfjs();
  // pdf.js may take the buffer over (transfer it to its worker): give it its own copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf: PdfDocumentLike;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    return { ok: false, reason: pdfFailure(e) };
  }
  try {
    const pages: PageRuns[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await pageRuns(pdf, n));
    const laid = layoutPages(pages);
    const readable = (laid.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    if (readable < MIN_CHARS_PER_PAGE * pdf.numPages) return { ok: false, reason: NO_TEXT_LAYER };
    return { ok: true, doc: { format: "pdf", encoding: "", text: laid.text, pageStarts: laid.pageStarts, meta: {}, notes: [] } };
  } catch (e) {
    return { ok: false, reason: pdfFailure(e) };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

async function pageRuns(pdf: PdfDocumentLike, n: number): Promise<PageRuns> {
  const page = await pdf.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  page.cleanup();
  const items = content.items.filter((i): i is PdfTextItem => "str" in i);
  return upright(items, x0, y0, x1 - x0, y1 - y0);
}

/**
 * Text runs in upright page coordinates. A page whose text is turned (a landscape page stored
 * portrait) is turned back by the angle most of its text has.
 */
function upright(items: PdfTextItem[], x0: number, y0: number, width: number, height: number): PageRuns {
  const weight = [0, 0, 0, 0];
  for (const it of items) weight[quarterTurns(it)] += it.str.length;
  const turn = weight.indexOf(Math.max(...weight));
  const runs = items.map((it) => {
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
    const [x, y] = turnBack(e - x0, f - y0, turn, width, height);
    return { str: it.str, x, y, w: it.width, size };
  });
  return turn % 2 ? { width: height, height: width, runs } : { width, height, runs };
}

function quarterTurns(it: PdfTextItem): number {
  return Math.round((Math.atan2(it.transform[1], it.transform[0]) * 2) / Math.PI) & 3;
}

/** (x, y) on a page of width w and height h, turned back by `turn` quarter turns. */
function turnBack(x: number, y: number, turn: number, w: number, h: number): [number, number] {
  switch (turn) {
    case 1: return [y, w - x];
    case 2: return [w - x, h - y];
    case 3: return [h - y, x];
    default: return [x, y];
  }
}

/** pdf.js exceptions (by their names, stable across versions) in words a user can act on. */
function pdfFailure(e: unknown): string {
  const name = (e as { name?: string })?.name ?? "";
  const message = e instanceof Error ? e.message : String(e);
  if (name === "PasswordException") return "encrypted PDF: a password is needed to open it; save an unprotected copy (another PDF without password) and add that";
  if (name === "InvalidPDFException") return `damaged PDF (${message}); download or export it again`;
  return `cannot read PDF (${message})`;
}
