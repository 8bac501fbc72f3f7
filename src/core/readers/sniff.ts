// Which reader a file needs, judged by its bytes first and its name second: reports arrive
// renamed (a web page saved as .doc, a "Word" download that is HTML), so the extension alone
// would send them to a reader that can only fail.

export type Kind =
  | { reader: "txt" }
  | { reader: "pdf" }
  | { reader: "docx" }
  | { reader: "html" }
  | { reader: "refuse"; reason: string };

/** File extensions the CLI looks for in folders and the task pane's picker accepts. */
export const REPORT_EXTENSIONS = [".txt", ".docx", ".doc", ".pdf", ".html", ".htm"] as const;

/** Reports larger than this are refused before any reader runs (see README: a 200 MB PDF). */
export const MAX_REPORT_BYTES = 100 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The warning for a Word, PDF or HTML file over the limit; null when it is within. */
export function tooLarge(size: number): string | null {
  return size > MAX_REPORT_BYTES
    ? `file too large (${Math.round(size / 1048576)} MB; at most ${MAX_REPORT_BYTES / 1048576} MB are read): split it or save the text as .txt`
    : null;
}

export const LEGACY_DOC = "legacy Word 97-2003 document (.doc) cannot be read here: open it in Word or WPS and save it as .docx (另存为 .docx), then add it again";

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

export function sniff(bytes: Uint8Array, name: string): Kind {
  const ext = extensionOf(name);
  if (hasPdfHeader(bytes)) return { reader: "pdf" };
  if (startsWith(bytes, ZIP)) return { reader: "docx" };
  if (startsWith(bytes, OLE)) return ext === ".doc" || ext === ".docx" ? { reader: "refuse", reason: LEGACY_DOC } : { reader: "txt" };
  if (looksLikeHtml(bytes)) return { reader: "html" };
  if (looksLikeMht(bytes)) return { reader: "refuse", reason: "single-file web archive (.mht, MIME HTML): save the page as a web page (.html, 网页，全部) and add that" };
  // A named .pdf/.docx that is none of the above is damaged; the text decoder says why.
  if (ext === ".pdf") return { reader: "refuse", reason: "damaged PDF: no %PDF header in the first kilobyte" };
  if (ext === ".docx") return { reader: "refuse", reason: "damaged or truncated Word file: not a ZIP archive (a .docx is one); open it in Word and save it again" };
  return { reader: "txt" };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** PDF allows a little junk before `%PDF-` (within the first 1024 bytes). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** The first kilobyte as Latin-1, lower case, BOM and leading space dropped. */
function head(bytes: Uint8Array): string {
  let s = "";
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]);
  return s.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "").replace(/\0/g, "").trimStart().toLowerCase();
}

const HTML_START = /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<\?xml[^>]*>\s*<!doctype html|<\?xml[^>]*>\s*<html)/;

function looksLikeHtml(bytes: Uint8Array): boolean {
  const h = head(bytes).replace(/^(<!--[\s\S]*?-->\s*)+/, "");
  return HTML_START.test(h);
}

function looksLikeMht(bytes: Uint8Array): boolean {
  const h = head(bytes);
  return /^(from: |mime-version: )/.test(h) && h.includes("multipart/related");
}
