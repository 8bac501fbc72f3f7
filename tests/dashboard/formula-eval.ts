// A tiny evaluator for the formula subset the dashboard writes, with Excel's semantics, so tests
// can compute what Excel would show over the GC_Data table as written — independently of the
// core code that lays the formulas out and of the status logic that fills the table.
//
// Supported: numbers, "strings", TRUE/FALSE, A1 cell references ($ allowed), structured
// references Table[column] and Table[#Headers], + - * / & = <> < > <= >= and unary minus, and
// the functions COUNTIFS, SUMIFS, IFERROR, IF, OR, ROUND, ROW, INDEX, AGGREGATE (14 LARGE, 15 SMALL,
// option 6), FILTER. Blank cells are null: 0 in arithmetic, equal to "" and to 0 in comparisons.
// File-format prefixes (_xlfn., _xlws.) are ignored, so formulas read back from .xlsx evaluate too.

export class ExcelError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}
export type Scalar = number | string | boolean | ExcelError | null;
export type Value = Scalar | Scalar[];

export interface TableData {
  /** 1-based sheet row of the header. */
  headerRow: number;
  columns: string[];
  /** Body rows; blank cells are null. */
  rows: Scalar[][];
}

export interface Host {
  table(name: string): TableData;
  /** The value of a cell of the sheet the formula lives on (evaluating its formula if any). */
  cell(ref: string): Value;
}

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "cell"; ref: string }
  | { t: "sref"; table: string; column: string }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "call"; name: string; args: Node[] };

// ---- parsing ---------------------------------------------------------------------------------

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|([A-Za-z_][A-Za-z0-9_.]*)\[(#?[^\]]+)\]|(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/&=<>(),]))/y;

interface Token { kind: "num" | "str" | "sref" | "cell" | "name" | "op"; text: string; extra?: string }

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read formula at ${at}: ${src.slice(at, at + 30)}`);
    if (m[1] !== undefined) out.push({ kind: "num", text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: "str", text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: "sref", text: m[3], extra: m[4] });
    else if (m[5] !== undefined) out.push({ kind: "cell", text: m[5].replace(/\$/g, "") });
    else if (m[6] !== undefined) out.push({ kind: "name", text: m[6] });
    else out.push({ kind: "op", text: m[7] });
  }
  return out;
}

const BINARY: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4 };

export function parse(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let i = 0;
  const peek = () => tokens[i];
  const expect = (text: string) => {
    if (tokens[i]?.text !== text) throw new Error(`expected ${text} in ${formula}`);
    i++;
  };
  const primary = (): Node => {
    const tk = tokens[i++];
    if (!tk) throw new Error(`unexpected end of ${formula}`);
    if (tk.kind === "num") return { t: "num", v: Number(tk.text) };
    if (tk.kind === "str") return { t: "str", v: tk.text };
    if (tk.kind === "cell") return { t: "cell", ref: tk.text };
    if (tk.kind === "sref") return { t: "sref", table: tk.text, column: tk.extra! };
    if (tk.kind === "op" && tk.text === "-") return { t: "un", op: "-", a: expr(5) };
    if (tk.kind === "op" && tk.text === "(") {
      const inner = expr(0);
      expect(")");
      return inner;
    }
    if (tk.kind === "name") {
      const name = tk.text.replace(/^(_xlfn\.)?(_xlws\.)?/i, "").toUpperCase();
      if (name === "TRUE" || name === "FALSE") return { t: "bool", v: name === "TRUE" };
      expect("(");
      const args: Node[] = [];
      if (peek()?.text !== ")") {
        do args.push(expr(0));
        while (peek()?.text === "," && ++i);
      }
      expect(")");
      return { t: "call", name, args };
    }
    throw new Error(`unexpected ${tk.text} in ${formula}`);
  };
  const expr = (min: number): Node => {
    let left = primary();
    for (;;) {
      const tk = peek();
      const prec = tk && tk.kind === "op" ? BINARY[tk.text] : undefined;
      if (prec === undefined || prec <= min - 1 || prec < min) break;
      i++;
      left = { t: "bin", op: tk.text, a: left, b: expr(prec + 1) };
    }
    return left;
  };
  const node = expr(0);
  if (i !== tokens.length) throw new Error(`trailing input in ${formula}`);
  return node;
}

// ---- values ----------------------------------------------------------------------------------

const VALUE = () => new ExcelError("#VALUE!");
const isErr = (v: unknown): v is ExcelError => v instanceof ExcelError;

function toNumber(v: Scalar): number | ExcelError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isErr(v)) return v;
  const t = v.trim();
  return t !== "" && Number.isFinite(Number(t)) ? Number(t) : VALUE();
}

function truthy(v: Scalar): boolean | ExcelError {
  if (isErr(v)) return v;
  if (typeof v === "string") return v === "" ? false : VALUE();
  return Boolean(toNumber(v));
}

const TYPE_ORDER = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);

/** Excel's comparison: blank takes the other side's type; numbers < text < booleans; text ignores case. */
function compare(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (TYPE_ORDER(a) !== TYPE_ORDER(b)) return TYPE_ORDER(a) - TYPE_ORDER(b);
  if (typeof a === "string") {
    const x = a.toLowerCase(), y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  switch (op) {
    case "&": return `${a ?? ""}${b ?? ""}`;
    case "=": return compare(a, b) === 0;
    case "<>": return compare(a, b) !== 0;
    case "<": return compare(a, b) < 0;
    case ">": return compare(a, b) > 0;
    case "<=": return compare(a, b) <= 0;
    case ">=": return compare(a, b) >= 0;
  }
  const x = toNumber(a), y = toNumber(b);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case "+": return x + y;
    case "-": return x - y;
    case "*": return x * y;
    case "/": return y === 0 ? new ExcelError("#DIV/0!") : x / y;
  }
  throw new Error(`operator ${op}`);
}

/** Element-wise over arrays (equal length or one scalar), as dynamic-array Excel and array arguments do. */
function lift(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!Array.isArray(a) && !Array.isArray(b)) return f(a, b);
  const n = Array.isArray(a) ? a.length : (b as Scalar[]).length;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) throw new Error("arrays of different lengths");
  return Array.from({ length: n }, (_, i) => f(Array.isArray(a) ? a[i] : a, Array.isArray(b) ? b[i] : b));
}

const scalar = (v: Value): Scalar => {
  if (Array.isArray(v)) throw new Error("an array where a single value is expected");
  return v;
};

// ---- COUNTIFS criteria -------------------------------------------------------------------------

function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "~" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

export function criterion(c: Scalar): (cell: Scalar) => boolean {
  if (typeof c === "number") return (cell) => (typeof cell === "number" ? cell === c : typeof cell === "string" && cell.trim() !== "" && Number(cell) === c);
  if (typeof c === "boolean") return (cell) => cell === c;
  if (c === null || isErr(c)) return () => false;
  const m = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? "=";
  const rest = m[2];
  const blank = (cell: Scalar) => cell === null || cell === "";
  if (rest === "") {
    if (op === "=") return blank;
    if (op === "<>") return (cell) => cell !== null;
    return () => false;
  }
  const n = Number(rest);
  if (rest.trim() !== "" && Number.isFinite(n)) {
    const test = (x: number) => ({ "=": x === n, "<>": x !== n, "<": x < n, ">": x > n, "<=": x <= n, ">=": x >= n })[op]!;
    return (cell) => (typeof cell === "number" ? test(cell) : op === "<>");
  }
  const re = wildcard(rest);
  if (op === "=") return (cell) => typeof cell === "string" && re.test(cell);
  if (op === "<>") return (cell) => !(typeof cell === "string" && re.test(cell));
  return (cell) => typeof cell === "string" && ({ "<": cell < rest, ">": cell > rest, "<=": cell <= rest, ">=": cell >= rest })[op]!;
}

// ---- evaluation --------------------------------------------------------------------------------

export function evaluate(formula: string | Node, host: Host): Value {
  const node = typeof formula === "string" ? parse(formula) : formula;
  return evalNode(node, host);
}

function column(host: Host, table: string, name: string): Scalar[] {
  const t = host.table(table);
  const j = t.columns.indexOf(name);
  if (j < 0) return [new ExcelError("#REF!")];
  return t.rows.map((r) => r[j] ?? null);
}

function evalNode(n: Node, host: Host): Value {
  switch (n.t) {
    case "num": return n.v;
    case "str": return n.v;
    case "bool": return n.v;
    case "cell": return host.cell(n.ref);
    case "sref":
      if (n.column.startsWith("#")) throw new Error(`${n.table}[${n.column}] is only read by ROW here`);
      return column(host, n.table, n.column);
    case "un": return lift(evalNode(n.a, host), 0, (x) => binary("-", 0, x));
    case "bin": return lift(evalNode(n.a, host), evalNode(n.b, host), (x, y) => binary(n.op, x, y));
    case "call": return call(n.name, n.args, host);
  }
}

/** Which cells meet every (range, criterion) pair of args from `from` on. */
function matching(args: Node[], from: number, host: Host): boolean[] {
  let matches: boolean[] | null = null;
  for (let i = from; i < args.length; i += 2) {
    const range = evalNode(args[i], host);
    const test = criterion(scalar(evalNode(args[i + 1], host)));
    const hit = (Array.isArray(range) ? range : [range]).map(test);
    matches = matches ? matches.map((m, k) => m && hit[k]) : hit;
  }
  return matches ?? [];
}

function call(name: string, args: Node[], host: Host): Value {
  const arg = (i: number) => evalNode(args[i], host);
  switch (name) {
    case "ROW": {
      const a = args[0];
      if (a.t !== "sref") throw new Error("ROW of a structured reference only");
      const t = host.table(a.table);
      if (a.column === "#Headers") return t.headerRow;
      return t.rows.map((_, i) => t.headerRow + 1 + i);
    }
    case "COUNTIFS": return matching(args, 0, host).filter(Boolean).length;
    case "SUMIFS": {
      const values = arg(0);
      const list = Array.isArray(values) ? values : [values];
      const hits = matching(args, 1, host);
      // SUMIFS adds the numbers among the matched cells; text and blanks count as nothing.
      return list.reduce<number>((sum, v, i) => sum + (hits[i] && typeof v === "number" ? v : 0), 0);
    }
    case "IFERROR": return lift(arg(0), arg(1), (v, alt) => (isErr(v) ? alt : v));
    case "IF": {
      const cond = arg(0);
      const yes = arg(1), no = args.length > 2 ? arg(2) : false;
      if (!Array.isArray(cond)) {
        const c = truthy(cond);
        return isErr(c) ? c : c ? yes : no;
      }
      return cond.map((c, i) => {
        const t = truthy(c);
        const pick = (v: Value) => (Array.isArray(v) ? v[i] : v);
        return isErr(t) ? t : t ? pick(yes) : pick(no);
      });
    }
    case "OR": {
      const values = args.map((_, i) => scalar(arg(i)));
      for (const v of values) if (isErr(v)) return v;
      return values.some((v) => truthy(v) === true);
    }
    case "ROUND": {
      const [x, d] = [toNumber(scalar(arg(0))), toNumber(scalar(arg(1)))];
      if (isErr(x)) return x;
      if (isErr(d)) return d;
      return Number(x.toFixed(d));
    }
    case "INDEX": {
      const a = arg(0);
      const k = toNumber(scalar(arg(1)));
      if (isErr(k)) return k;
      const list = Array.isArray(a) ? a : [a];
      const i = Math.trunc(k);
      return i >= 1 && i <= list.length ? list[i - 1] : new ExcelError("#REF!");
    }
    case "AGGREGATE": {
      const fn = scalar(arg(0)), option = scalar(arg(1));
      if (option !== 6 || (fn !== 14 && fn !== 15)) throw new Error(`AGGREGATE(${fn},${option}) is not supported here`);
      const raw = arg(2);
      const k = toNumber(scalar(arg(3)));
      if (isErr(k)) return k;
      const numbers = (Array.isArray(raw) ? raw : [raw]).filter((v): v is number => typeof v === "number");
      numbers.sort((x, y) => (fn === 15 ? x - y : y - x));
      return k >= 1 && k <= numbers.length ? numbers[Math.trunc(k) - 1] : new ExcelError("#NUM!");
    }
    case "FILTER": {
      const data = arg(0), include = arg(1);
      const keep = Array.isArray(include) ? include : [include];
      const list = Array.isArray(data) ? data : [data];
      const out: Scalar[] = [];
      for (let i = 0; i < list.length; i++) {
        const t = truthy(keep[i]);
        if (isErr(t)) return t;
        if (t) out.push(list[i]);
      }
      if (out.length > 0) return out;
      return args.length > 2 ? arg(2) : new ExcelError("#CALC!");
    }
  }
  throw new Error(`function ${name} is not supported by the test evaluator`);
}

// ---- a sheet of formulas over tables -------------------------------------------------------------

/** One sheet's cells (formulas or constants) over named tables; values computed on demand, once. */
export class SheetModel implements Host {
  private readonly values = new Map<string, Value>();
  private readonly busy = new Set<string>();
  constructor(private readonly contents: Map<string, string | number>, private readonly tables: Record<string, TableData>) {}

  table(name: string): TableData {
    const t = this.tables[name];
    if (!t) throw new Error(`no table ${name}`);
    return t;
  }

  cell(ref: string): Value {
    const known = this.values.get(ref);
    if (known !== undefined) return known;
    if (this.busy.has(ref)) throw new Error(`circular reference at ${ref}`);
    this.busy.add(ref);
    const content = this.contents.get(ref);
    const value: Value = content === undefined || content === "" ? null
      : typeof content === "string" && content.startsWith("=") ? evaluate(content, this) : content;
    this.busy.delete(ref);
    this.values.set(ref, value);
    return value;
  }

  /** What the cell shows: a blank-valued formula shows 0 in Excel, an array its first element (spill anchor). */
  shown(ref: string): Scalar {
    const v = this.cell(ref);
    const first = Array.isArray(v) ? v[0] ?? null : v;
    const content = this.contents.get(ref);
    return first === null && typeof content === "string" && content.startsWith("=") ? 0 : first;
  }
}
