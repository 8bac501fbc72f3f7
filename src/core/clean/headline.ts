// A press headline split by a comma (`地区生产总值增长5.6%以上，青禾县描绘新一年蓝图`, `青禾县：地区生产
// 总值增长6%，…`): short, without a sentence's end. Clean-up keeps it on its own line and extraction
// reads its figures as a headline's (see extract/facts.ts dropRestatedHeadlines).
import { HEADLINE_LABEL, HEADLINE_LIKE_MAX, LEADING_MARKS } from "../resources/text";

/** A colon after the headline's opening label is the label's; any other ends a sentence. */
const SENTENCE_END = /[。！？!?；;：:]/;
const COMMA = /[，,]/;
/** A line cut mid-sentence may end in a comma; a headline does not. */
const OPEN_END = /[，,、]$/;

export function isCommaHeadline(line: string): boolean {
  const s = line.trim();
  if (s.length > HEADLINE_LIKE_MAX || LEADING_MARKS.test(s) || OPEN_END.test(s)) return false;
  const words = s.replace(HEADLINE_LABEL, "");
  return COMMA.test(words) && !SENTENCE_END.test(words);
}
