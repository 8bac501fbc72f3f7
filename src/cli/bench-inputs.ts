// Generated stress inputs for the benchmark and the linearity tests: what a statistics table
// pasted from a PDF becomes (rows of a label and its figures, no sentence punctuation), and one
// endless unpunctuated line of facts. Built from generic indicator words, not from any report.

const LABELS = ["地区生产总值", "规上工业增加值", "社会消费品零售总额", "固定资产投资", "一般公共预算收入", "进出口总额", "城镇居民人均可支配收入"];

/** `rows` lines like `地区生产总值 932.8亿元 增长7.0%`. */
export function longTable(rows: number): string {
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    lines.push(`${LABELS[i % LABELS.length]} ${100 + (i * 37) % 900}.${i % 10}亿元 增长${(i * 7) % 12}.${(i * 3) % 10}%`);
  }
  return lines.join("\n") + "\n";
}

/** One line repeating a short fact `times` times, with no punctuation at all. */
export function repeatedLine(times: number, fact = "产值增长5%"): string {
  return fact.repeat(times) + "\n";
}
