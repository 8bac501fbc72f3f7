// A small strict XML reader for the add-in manifest: enough of XML 1.0 + namespaces to reject
// what Office would reject as malformed (unclosed or crossed tags, unquoted or duplicate
// attributes, bad entities, undeclared prefixes, text outside the root) and to hand back an
// element tree. No DTDs: the manifest has none and they are not accepted.
"use strict";

const NAME = /^[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?$/;
const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class XmlError extends Error {
  constructor(message, text, pos) {
    const line = text.slice(0, pos).split("\n").length;
    super(`XML line ${line}: ${message}`);
    this.line = line;
  }
}

function decodeEntities(raw, text, pos) {
  return raw.replace(/&([^;&\s]*);?/g, (match, body) => {
    if (!match.endsWith(";")) throw new XmlError(`unterminated entity "${match}"`, text, pos);
    if (body in ENTITIES) return ENTITIES[body];
    const num = /^#x([0-9a-fA-F]+)$/.exec(body) || /^#([0-9]+)$/.exec(body);
    if (num) return String.fromCodePoint(parseInt(num[1], body.startsWith("#x") ? 16 : 10));
    throw new XmlError(`unknown entity "&${body};"`, text, pos);
  });
}

function parseAttributes(source, text, pos) {
  const attrs = {};
  const re = /\s+([^\s=\/>]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
  let m;
  let last = 0;
  while ((m = re.exec(source)) !== null) {
    const name = m[1];
    if (!NAME.test(name)) throw new XmlError(`bad attribute name "${name}"`, text, pos);
    if (name in attrs) throw new XmlError(`duplicate attribute "${name}"`, text, pos);
    const value = m[3] !== undefined ? m[3] : m[4];
    if (value.includes("<")) throw new XmlError(`"<" in attribute "${name}"`, text, pos);
    attrs[name] = decodeEntities(value, text, pos);
    last = re.lastIndex;
  }
  if (source.slice(last).trim() !== "") throw new XmlError(`malformed attributes "${source.slice(last).trim()}"`, text, pos);
  return attrs;
}

function checkPrefixes(element, scopes, text, pos) {
  const declared = (prefix) => prefix === "xml" || prefix === "xmlns" || scopes.some((s) => s.has(prefix));
  const names = [element.name, ...Object.keys(element.attrs)];
  for (const name of names) {
    const colon = name.indexOf(":");
    if (colon > 0 && !declared(name.slice(0, colon))) {
      throw new XmlError(`undeclared namespace prefix "${name.slice(0, colon)}" in "${name}"`, text, pos);
    }
  }
}

/** Parse XML text into { name, attrs, children, text } elements; throws XmlError with a line number. */
function parseXml(text) {
  let pos = 0;
  const stack = [];
  const scopes = [];
  let root = null;
  const source = text.replace(/^\uFEFF/, "");
  const declaration = /^<\?xml\s[^?]*\?>/.exec(source);
  if (declaration) pos = declaration[0].length;

  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const chunk = source.slice(pos, lt < 0 ? source.length : lt);
    if (chunk.trim() !== "") {
      if (stack.length === 0) throw new XmlError("text outside the root element", source, pos);
      stack[stack.length - 1].text += decodeEntities(chunk, source, pos);
    }
    if (lt < 0) break;
    pos = lt;
    if (source.startsWith("<!--", pos)) {
      const end = source.indexOf("-->", pos + 4);
      if (end < 0) throw new XmlError("unterminated comment", source, pos);
      pos = end + 3;
    } else if (source.startsWith("<![CDATA[", pos)) {
      const end = source.indexOf("]]>", pos);
      if (end < 0 || stack.length === 0) throw new XmlError("bad CDATA section", source, pos);
      stack[stack.length - 1].text += source.slice(pos + 9, end);
      pos = end + 3;
    } else if (source.startsWith("<!", pos) || source.startsWith("<?", pos)) {
      throw new XmlError("DOCTYPE and processing instructions are not allowed here", source, pos);
    } else if (source.startsWith("</", pos)) {
      const end = source.indexOf(">", pos);
      const name = source.slice(pos + 2, end).trim();
      const open = stack.pop();
      scopes.pop();
      if (!open || open.name !== name) throw new XmlError(`</${name}> does not close <${open ? open.name : "nothing"}>`, source, pos);
      pos = end + 1;
    } else {
      const end = findTagEnd(source, pos);
      const selfClosing = source[end - 1] === "/";
      const inner = source.slice(pos + 1, selfClosing ? end - 1 : end);
      const nameMatch = /^[^\s\/>]+/.exec(inner);
      if (!nameMatch || !NAME.test(nameMatch[0])) throw new XmlError(`bad tag "<${inner.slice(0, 20)}"`, source, pos);
      const element = { name: nameMatch[0], attrs: parseAttributes(inner.slice(nameMatch[0].length), source, pos), children: [], text: "" };
      const scope = new Set(Object.keys(element.attrs).filter((a) => a.startsWith("xmlns:")).map((a) => a.slice(6)));
      scopes.push(scope);
      checkPrefixes(element, scopes, source, pos);
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new XmlError("more than one root element", source, pos);
      else root = element;
      if (selfClosing) scopes.pop();
      else stack.push(element);
      pos = end + 1;
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`, source, source.length);
  if (!root) throw new XmlError("no root element", source, 0);
  return root;
}

/** Index of the ">" ending the tag at pos, skipping ">" inside quoted attribute values. */
function findTagEnd(source, pos) {
  let quote = null;
  for (let i = pos + 1; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "<") {
      break;
    } else if (c === ">") {
      return i;
    }
  }
  throw new XmlError("unterminated tag", source, pos);
}

/** Every element of the tree, depth first, with its ancestors. */
function* walk(element, ancestors = []) {
  yield { element, ancestors };
  for (const child of element.children) yield* walk(child, [...ancestors, element]);
}

module.exports = { parseXml, walk, XmlError };
