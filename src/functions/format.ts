// Text answers: GC.SOURCE's citation.
import { SourceInfo } from "../core/query";

/** “quote” — doc@offset (the same doc@offset form as the Data table's source columns). */
export function sourceText(source: SourceInfo): string {
  const ref = `${source.doc}@${source.offset}`;
  return source.quote !== "" ? `“${source.quote}” — ${ref}` : ref;
}
