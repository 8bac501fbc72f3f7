// A fact's citation as the Data table's target_source/actual_source cells write it:
// `file@offset`, or `file.pdf p.3@offset` when the fact comes from page 3 of a PDF.

export interface SourceRef {
  doc: string;
  offset: number;
  /** PDF page (1-based), when the document has pages. */
  page?: number;
}

export function formatSourceRef(ref: SourceRef): string {
  return ref.page ? `${ref.doc} p.${ref.page}@${ref.offset}` : `${ref.doc}@${ref.offset}`;
}

/** The inverse of formatSourceRef; the doc name may itself contain "@", the offset never does. */
export function parseSourceRef(text: string): SourceRef | null {
  const at = text.lastIndexOf("@");
  if (at <= 0) return null;
  const offset = Number(text.slice(at + 1));
  if (!Number.isInteger(offset)) return null;
  const doc = text.slice(0, at);
  const paged = / p\.(\d+)$/.exec(doc);
  return paged ? { doc: doc.slice(0, paged.index), offset, page: Number(paged[1]) } : { doc, offset };
}
