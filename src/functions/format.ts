// Text answers: GC.SOURCE's citation.
import { SourceInfo } from "../core/query";
import { formatSourceRef } from "../core/source-ref";

/** “quote” — doc@offset (the same form as the Data table's source columns, `doc p.3@offset` for a PDF page). */
export function sourceText(source: SourceInfo): string {
  const ref = formatSourceRef(source);
  return source.quote !== "" ? `“${source.quote}” — ${ref}` : ref;
}
