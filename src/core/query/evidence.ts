// From a dataset row's "doc@offset" source back to the sentence it came from, so GC.SOURCE
// can show the quote. Several facts share one offset when a clause lists several indicators
// (…分别增长4.5%、5.5%), so the fact is chosen by kind and indicator too.
import { Fact } from "../types";
import { SourceRef } from "../source-ref";
import { rowKey } from "./names";

export { parseSourceRef } from "../source-ref";
export type { SourceRef } from "../source-ref";

export class EvidenceLookup {
  private readonly byRef = new Map<string, Fact[]>();

  constructor(facts: readonly Fact[]) {
    for (const fact of facts) {
      const ref = `${fact.doc}@${fact.offset}`;
      const list = this.byRef.get(ref);
      if (list) list.push(fact);
      else this.byRef.set(ref, [fact]);
    }
  }

  /** The fact a dataset row cites; undefined when the bundle carries no such evidence. */
  find(ref: SourceRef, kind: Fact["kind"], key: string): Fact | undefined {
    const facts = this.byRef.get(`${ref.doc}@${ref.offset}`) ?? [];
    const ofKind = facts.filter((f) => f.kind === kind);
    return ofKind.find((f) => rowKey(f) === key) ?? ofKind[0] ?? facts[0];
  }
}
