// A DOM subtree as the text a reader sees: one line per paragraph (block), tables row by row
// with the cells of a row on one line separated by tabs, inline whitespace collapsed as a
// browser collapses it. Shared by the Word reader (mammoth's HTML) and the web-page reader
// (Readability's article). One pass over the nodes, with an explicit stack: linear, and deep
// nesting cannot overflow the call stack.

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "table", "tbody", "thead", "tfoot", "ul", "caption",
]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "button", "head", "title"]);
/** Collapsible HTML whitespace (not U+3000, the ideographic space, which is text). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

const ELEMENT = 1;
const TEXT = 3;

/** Lines of text under `root`; a paragraph left empty on purpose (a blank line) stays one. */
export function domText(root: Node): string {
  const out = new LineWriter();
  type Frame = { node: Node; pre: boolean; exit?: () => void };
  const stack: Frame[] = [{ node: root, pre: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.exit) {
      frame.exit();
      continue;
    }
    const node = frame.node;
    if (node.nodeType === TEXT) {
      out.inline(node.nodeValue ?? "", frame.pre);
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === ELEMENT ? (node as Element).tagName.toLowerCase() : "";
    if (SKIPPED.has(tag)) continue;
    if (tag === "br") {
      out.breakLine(true);
      continue;
    }
    if (tag === "tr") {
      out.breakLine(false);
      out.inline(rowText(node as Element), true);
      out.breakLine(false);
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) out.breakLine(false);
    const mark = out.mark();
    if (block) stack.push({ node, pre: frame.pre, exit: () => out.endBlock(mark, tag === "p") });
    const pre = frame.pre || tag === "pre" || tag === "textarea";
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], pre });
  }
  return out.text();
}

/**
 * A table row on one line: cells separated by a tab. A row with one filled cell is a layout
 * table (Word documents put whole sections in one): its paragraphs stay separate lines.
 */
function rowText(row: Element): string {
  const cells = Array.from(row.children)
    .filter((c) => /^t[dh]$/i.test(c.tagName))
    .map((c) => domText(c))
    .filter((text) => text.trim() !== "");
  if (cells.length === 1) return cells[0];
  return cells.map((text) => text.split("\n").map((l) => l.trim()).filter((l) => l !== "").join(" ")).join("\t");
}

/** Builds the text line by line: whitespace collapsed inside a line, lines trimmed. */
class LineWriter {
  private readonly lines: string[] = [];
  private current = "";

  inline(text: string, verbatim: boolean): void {
    if (verbatim) {
      const parts = text.split("\n");
      parts.forEach((part, i) => {
        if (i > 0) this.breakLine(true);
        this.current += part;
      });
      return;
    }
    this.current += text.replace(HTML_SPACE, " ");
  }

  /** Ends the current line; `keepEmpty` keeps an empty line (a <br> on its own). */
  breakLine(keepEmpty: boolean): void {
    const line = this.current.trim();
    if (line !== "" || keepEmpty) this.lines.push(line);
    this.current = "";
  }

  /** How much text exists so far, to tell whether a block added any. */
  mark(): number {
    return this.lines.length * 2 + (this.current.trim() === "" ? 0 : 1);
  }

  /** Closes a block; an empty <p> is a blank line the author typed (it separates headlines). */
  endBlock(mark: number, paragraph: boolean): void {
    const empty = this.mark() === mark;
    this.breakLine(false);
    if (paragraph && empty) this.lines.push("");
  }

  text(): string {
    this.breakLine(false);
    return this.lines.join("\n").replace(/^\n+|\n+$/g, "");
  }
}
