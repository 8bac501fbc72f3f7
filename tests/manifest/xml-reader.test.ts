import { parseXml } from "../../scripts/manifest/xml-reader";

test("reads elements, attributes, entities and namespaced names", () => {
  const root = parseXml('<?xml version="1.0"?>\n<a xmlns:bt="urn:x"><!-- c --><bt:b v="1 &amp; 2"/><c>x &lt; y</c></a>');
  expect(root.name).toBe("a");
  expect(root.children.map((c) => c.name)).toEqual(["bt:b", "c"]);
  expect(root.children[0].attrs.v).toBe("1 & 2");
  expect(root.children[1].text).toBe("x < y");
});

test.each([
  ["<a><b></a></b>", "does not close"],
  ["<a x=1/>", "malformed attributes"],
  ['<a x="1" x="2"/>', "duplicate attribute"],
  ["<a>&nbsp;</a>", "unknown entity"],
  ["<a/><b/>", "more than one root"],
  ["<bt:a/>", "undeclared namespace prefix"],
  ["<a>\n<b>", "line 2: <b> is never closed"],
  ["text<a/>", "text outside the root"],
  ['<!DOCTYPE a><a/>', "DOCTYPE"],
])("rejects %p", (xml, message) => {
  expect(() => parseXml(xml)).toThrow(message);
});
