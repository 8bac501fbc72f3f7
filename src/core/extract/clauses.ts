// Clause boundaries inside a sentence: where the words naming a number can start and end.
// Found once per sentence and queried by binary search, so a long sentence with many numbers
// (a table pasted from a PDF) costs its length, not its length squared.
const CLAUSE_BOUNDARY = /[，。；：,;:！？!?…]/g;

/** Positions of the characters a pattern (a global character class) matches, found in one pass. */
export class Marks {
  private readonly at: number[] = [];

  constructor(text: string, chars: RegExp) {
    chars.lastIndex = 0;
    for (let m = chars.exec(text); m; m = chars.exec(text)) this.at.push(m.index);
  }

  /** The last mark before `i`, or -1. */
  before(i: number): number {
    const k = this.firstAtOrAfter(i) - 1;
    return k >= 0 ? this.at[k] : -1;
  }

  /** The first mark at or after `i`, or -1. */
  from(i: number): number {
    const k = this.firstAtOrAfter(i);
    return k < this.at.length ? this.at[k] : -1;
  }

  /** Every mark's position, in order. */
  all(): readonly number[] {
    return this.at;
  }

  /** Whether a mark lies in [from, to). */
  within(from: number, to: number): boolean {
    const j = this.from(from);
    return j !== -1 && j < to;
  }

  private firstAtOrAfter(i: number): number {
    let lo = 0, hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at[mid] < i) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}

/** The clauses of one sentence. */
export class Clauses {
  private readonly marks: Marks;

  constructor(private readonly text: string) {
    this.marks = new Marks(text, CLAUSE_BOUNDARY);
  }

  /** Start of the clause holding position `i`. */
  startBefore(i: number): number {
    return this.marks.before(i) + 1;
  }

  /** Every clause boundary's index, in order. */
  boundaries(): readonly number[] {
    return this.marks.all();
  }

  /** End of the clause holding position `from` (the boundary's index, or the text's end). */
  end(from: number): number {
    const j = this.marks.from(from);
    return j === -1 ? this.text.length : j;
  }
}
