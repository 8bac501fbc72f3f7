// Types for xml-reader.js.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}
export class XmlError extends Error {
  line: number;
}
export function parseXml(text: string): XmlElement;
export function walk(element: XmlElement, ancestors?: XmlElement[]): Generator<{ element: XmlElement; ancestors: XmlElement[] }>;
