// A saved web page → the article's text. Pages from the district's site or a news portal are
// mostly navigation, "推荐阅读", "热门跟贴" and share buttons; Readability (Firefox's reader view)
// finds the article, and the page's own meta tags give its title and publication date.
import { normaliseDate } from "../manifest";
import { domText } from "./html-text";
import { ReadDocument, ReaderEnv, ReadResult } from "./types";

/**
 * An article has sentences: at least this many Chinese characters on lines that hold sentence
 * punctuation. Link lists, menus and footers have none or few.
 */
const MIN_PROSE_HAN = 50;
const NO_ARTICLE = "web page without article text (a navigation, index or comment page?); save the article's own page";

export async function readHtml(bytes: Uint8Array, env: ReaderEnv): Promise<ReadResult> {
  const { html, encoding } = decodeHtml(bytes);
  const page = env.parseHtml(html);
  const meta = pageMeta(page);
  const Readability = await env.loadReadability();
  // Readability rewrites the document it is given; the meta tags were read first.
  const article = new Readability(page, { charThreshold: 100 }).parse();
  if (!article?.content) return { ok: false, reason: NO_ARTICLE };
  let text = domText(env.parseHtml(`<!doctype html><html><body>${article.content}</body></html>`).body);
  if (proseHan(text) < MIN_PROSE_HAN) return { ok: false, reason: NO_ARTICLE };
  const title = clean(meta.title ?? article.title ?? meta.titleTag ?? "");
  if (title && !text.slice(0, title.length + 20).includes(title)) text = `${title}\n${text}`;
  const doc: ReadDocument = {
    format: "html",
    encoding,
    text,
    pageStarts: [],
    meta: {
      title: title || undefined,
      published: meta.published ?? dateOf(article.publishedTime ?? ""),
      source: clean(meta.source ?? article.siteName ?? "") || undefined,
    },
    notes: [],
  };
  return { ok: true, doc };
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function proseHan(text: string): number {
  let n = 0;
  for (const line of text.split("\n")) {
    if (!/[，。；！？,;]/.test(line)) continue;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) n++;
    }
  }
  return n;
}

/**
 * Bytes → HTML text: a BOM; else UTF-8 when the bytes are valid UTF-8 (long Chinese text in
 * GBK never is, while pages re-saved as UTF-8 often keep their old gb2312 declaration); else
 * the charset the page declares; else GB18030.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const as = (encoding: string, from = 0, fatal = false) => ({ html: new TextDecoder(encoding, { fatal }).decode(bytes.subarray(from)), encoding });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return as("utf-8", 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return as("utf-16le", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return as("utf-16be", 2);
  try {
    return as("utf-8", 0, true);
  } catch {
    // not UTF-8: the declaration decides
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8") {
    try {
      return as(declared);
    } catch {
      // a label TextDecoder does not know: GB18030 is the likeliest for a Chinese page
    }
  }
  return as("gb18030");
}

/** `<meta charset=gbk>` or `content="text/html; charset=gb2312"` within the first 4 KB. */
function declaredCharset(bytes: Uint8Array): string | null {
  let head = "";
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1].toLowerCase();
  // gb2312 and gbk pages are written by tools that emit GB18030's superset in practice.
  return /^(gb2312|gbk|gb_2312-80|x-gbk|gb18030)$/.test(label) ? "gb18030" : label;
}

interface PageMeta {
  title?: string;
  titleTag?: string;
  published?: string;
  source?: string;
}

/** Meta names news portals and government sites use for the article's date, title and site. */
const DATE_KEYS = [
  "article:published_time", "og:article:published_time", "pubdate", "publishdate", "publish_date", "publish-date",
  "publishtime", "firstpublishedtime", "dc.date.issued", "dc.date", "dcterms.issued", "date", "sailuo.pubdate",
];
const TITLE_KEYS = ["articletitle", "og:title", "twitter:title", "dc.title"];
const SOURCE_KEYS = ["contentsource", "og:site_name", "sitename", "source", "author"];

function pageMeta(page: Document): PageMeta {
  const values = new Map<string, string>();
  for (const el of Array.from(page.getElementsByTagName("meta"))) {
    const key = (el.getAttribute("name") ?? el.getAttribute("property") ?? el.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const content = (el.getAttribute("content") ?? "").trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  const first = (keys: string[]) => keys.map((k) => values.get(k)).find((v) => v !== undefined && v !== "");
  const time = page.getElementsByTagName("time")[0]?.getAttribute("datetime") ?? "";
  const published = DATE_KEYS.map((k) => dateOf(values.get(k) ?? "")).find((d) => d !== undefined) ?? dateOf(time);
  const titleTag = clean(page.getElementsByTagName("title")[0]?.textContent ?? "");
  return { title: first(TITLE_KEYS), titleTag: titleTag || undefined, published, source: first(SOURCE_KEYS) };
}

/** The date part of `2023-01-05T09:00:00+08:00`, `2023-01-05 10:00`, `2023年1月5日`, `2023/1/5`. */
function dateOf(value: string): string | undefined {
  const m = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)/.exec(value);
  return m ? normaliseDate(m[1].replace(/\s/g, "")) || undefined : undefined;
}
