// Stage 0 for reports that are not plain text: Word, PDF and web pages become text with
// paragraph breaks (plus, for a PDF, where each page starts). The readers are pure TypeScript;
// what differs between Node and the browser — the DOM parser, how pdf.js, mammoth and
// Readability are loaded — comes in through ReaderEnv, so the same reader runs in the CLI, the
// task pane and the tests, and the heavy libraries load only when a file needs them.

/** What a report was read from (the Sources table's `format`). */
export type Format = "txt" | "docx" | "pdf" | "html";

/** A report turned into text. Offsets of facts are offsets into `text`. */
export interface ReadDocument {
  format: Format;
  /** The character encoding the text was stored in ("utf-8" for Word's XML; "" for a PDF). */
  encoding: string;
  text: string;
  /** For a PDF: the offset in `text` where page i+1 starts (ascending); empty otherwise. */
  pageStarts: number[];
  /** Metadata the file itself states (a web page's meta tags); the manifest's row wins. */
  meta: { published?: string; title?: string; source?: string };
  /** Things the user should know although the file was read (shown as warnings). */
  notes: string[];
}

export type ReadResult = { ok: true; doc: ReadDocument } | { ok: false; reason: string };

/** The part of a DOM the readers use: a parsed document (browser DOMParser, linkedom, jsdom). */
export type ParseHtml = (html: string) => Document;

/** mammoth's convertToHtml, as much of it as the Word reader uses. */
export interface MammothLike {
  convertToHtml(input: { arrayBuffer: ArrayBuffer; buffer?: unknown }, options?: Record<string, unknown>): Promise<{ value: string }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}

/** Readability's constructor and parse(), as the web-page reader uses them. */
export type ReadabilityLike = new (doc: Document, options?: Record<string, unknown>) => {
  parse(): { title?: string | null; content?: string | null; textContent?: string | null; publishedTime?: string | null; siteName?: string | null } | null;
};

/** One text run of a PDF page as pdf.js reports it. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f = the baseline start in page space (origin bottom left). */
  transform: number[];
  width: number;
  height: number;
}

export interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  cleanup(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  destroy(): Promise<void>;
}

/** pdf.js's getDocument, as the PDF reader uses it. */
export interface PdfjsLike {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}

export interface PdfSetup {
  pdfjs: PdfjsLike;
  /** Where pdf.js finds the CJK character maps (Chinese PDFs often need them); a URL or a folder. */
  cMapUrl?: string;
}

export interface ReaderEnv {
  parseHtml: ParseHtml;
  loadMammoth(): Promise<MammothLike>;
  loadPdfjs(): Promise<PdfSetup>;
  loadReadability(): Promise<ReadabilityLike>;
}
