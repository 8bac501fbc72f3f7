// A document's date and district when no manifest row describes it, read from its own text:
// `——2023年1月5日在…会议上`, or a dateline near the top. Never guessed from the file name.
import type { DocumentMeta } from "./types";
import { regionsIn } from "./segment/structure";
import { lowestDivision } from "./segment/division";
import type { DocDate } from "./segment/frame";

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function inferMeta(file: string, cleanedText: string, defaults?: DocumentMeta): DocumentMeta {
  const head = cleanedText.slice(0, 600);
  const date = DATE.exec(head);
  const published = defaults?.published || (date ? `${date[1]}-${date[2].padStart(2, "0")}-${date[3].padStart(2, "0")}` : "");
  const title = defaults?.title || (cleanedText.split("\n").find((l) => l.trim()) ?? "").trim().slice(0, 80);
  const region = defaults?.region || headRegion(head) || mostMentioned(cleanedText);
  return { file, published, title, source: defaults?.source ?? "", region };
}

// Whose report it is: `——2026年2月5日在安徽省第十四届人民代表大会…上`, `在中国共产党…第一次代表大会上`,
// or a title `2026年安徽省政府工作报告`.
const CONVENER = /在(?:中国共产党)?([\u4e00-\u9fff]{2,24}?)(?:第[一二三四五六七八九十百\d]+[届次])?\s*(?:人民)?代表大会/;
const REPORT_TITLE = /^\s*(?:\d{4}年)?([\u4e00-\u9fff]{2,24}?)(?:人民)?政府工作报告/m;

/** The division whose congress heard the report, or whose government's report it is; "" if none. */
function headRegion(head: string): string {
  for (const re of [CONVENER, REPORT_TITLE]) {
    const m = re.exec(head);
    const region = m ? lowestDivision(m[1]) : "";
    if (region) return region;
  }
  return "";
}

/** Districts counted: the first ones mentioned (a page names a handful; a list of hundreds is not about them all). */
const MENTION_CANDIDATES = 32;

function mostMentioned(text: string): string {
  const counts = new Map<string, number>();
  for (const r of regionsIn(text).slice(0, MENTION_CANDIDATES)) counts.set(r, (text.split(r).length - 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

export function docDate(published: string): DocDate {
  const m = /^(\d{4})(?:-(\d{1,2}))?/.exec(published);
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null } : { year: null, month: null };
}
