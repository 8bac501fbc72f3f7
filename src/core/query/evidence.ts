// From a dataset row's "doc@offset" source back to the sentence it came from, so GC.SOURCE
// can show the quote. Several facts share one offset when a clause lists several indicators
// (…分别增长4.5%、5.5%), so the fact is chosen by kind and indicator too.
import { Fact } from "../types";
import { SourceRef } from "../source-ref";
import { rowKey } from "./names";

export { parseSourceRef } from "../source-ref";
export type { SourceRef } from "../source-ref";

export class EvidenceLookup {
  // By document, then offset: no key string per fact (the lookup is built over every fact of a
  // run, while only the dataset's few rows are looked up).
  private readonly byDoc = new Map<string, Map<number, Fact[]>>();

  constructor(facts: readonly Fact[]) {
    let doc: string | undefined;
    let byOffset: Map<number, Fact[]> | undefined;
    for (const fact of facts) {
      if (fact.doc !== doc || !byOffset) {
        doc = fact.doc;
        byOffset = this.byDoc.get(doc);
        if (!byOffset) this.byDoc.set(doc, (byOffset = new Map()));
      }
      const list = byOffset.get(fact.offset);
      if (list) list.push(fact);
      else byOffset.set(fact.offset, [fact]);
    }
  }

  /** The fact a dataset row cites; undefined when the bundle carries no such evidence. */
  find(ref: SourceRef, kind: Fact["kind"], key: string): Fact | undefined {
    const facts = this.byDoc.get(ref.doc)?.get(ref.offset) ?? [];
    const ofKind = facts.filter((f) => f.kind === kind);
    return ofKind.find((f) => rowKey(f) === key) ?? ofKind[0] ?? facts[0];
  }
}
