// The PDF layout rules on hand-placed text runs (page units, y up, 10-unit font): lines become
// paragraphs by position, furniture is dropped, two columns are read one after the other.
import { layoutPages, PageRuns, Run } from "../../src/core/readers/pdf-layout";

const SIZE = 10;
const LEFT = 50;
/** Width of a string set in a 10-unit font: Chinese full width, ASCII half width. */
const widthOf = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 ? SIZE / 2 : SIZE), 0);

function run(str: string, x: number, y: number, size = SIZE): Run {
  return { str, x, y, w: (widthOf(str) * size) / SIZE, size };
}

function page(runs: Run[]): PageRuns {
  return { width: 600, height: 800, runs };
}

/** A justified paragraph: every line but the last fills the 300-unit column. */
function paragraph(text: string, top: number, x = LEFT, columnWidth = 300, indent = 0): Run[] {
  const perLine = Math.floor(columnWidth / SIZE);
  const runs: Run[] = [];
  let y = top;
  for (let i = 0, first = true; i < text.length; first = false) {
    const room = first ? perLine - indent : perLine;
    const part = text.slice(i, i + room);
    runs.push({ ...run(part, x + (first ? indent * SIZE : 0), y), w: i + room < text.length ? columnWidth - (first ? indent * SIZE : 0) : widthOf(part) });
    i += room;
    y -= 15;
  }
  return runs;
}

/** The baseline just below a paragraph's last line (plus `blank` empty lines). */
const below = (runs: Run[], blank = 0) => runs[runs.length - 1].y - 15 * (1 + blank);

const LONG_A = "钢城区地区生产总值增长百分之六左右一般公共预算收入增长百分之五固定资产投资增长百分之十社会消费品零售总额增长百分之八";
const LONG_B = "城乡居民人均可支配收入分别增长百分之五和百分之六点五新增城镇就业二千三百人以上空气质量优良天数达到二百四十天";

describe("lines and paragraphs", () => {
  it("joins the wrapped lines of a paragraph without inserting spaces between Chinese characters", () => {
    const a = paragraph(LONG_A + "。", 700);
    const { text } = layoutPages([page([...a, ...paragraph(LONG_B + "。", below(a))])]);
    expect(a.length).toBeGreaterThan(1);
    expect(text).toBe(`${LONG_A}。\n${LONG_B}。`);
  });

  it("puts a space between Latin words or digits split into runs, none beside Chinese", () => {
    const runs = [run("GDP", LEFT, 700), run("growth", LEFT + 20, 700), run("2023", LEFT + 55, 700), run("年", LEFT + 77, 700), run("增长", LEFT + 89, 700), run("5.4%", LEFT + 111, 700)];
    expect(layoutPages([page(runs)]).text).toBe("GDP growth 2023年增长5.4%");
  });

  it("drops pdf.js's whitespace runs between Chinese characters", () => {
    const runs = [run("地区生产总值增长", LEFT, 700), run(" ", LEFT + 80, 700), run("6%", LEFT + 84, 700)];
    expect(layoutPages([page(runs)]).text).toBe("地区生产总值增长6%");
  });

  it("starts a new paragraph at an indented line, after a short line and across a blank line", () => {
    const a = paragraph(LONG_A, 700, LEFT, 300, 2);
    const b = paragraph(LONG_B, below(a), LEFT, 300, 2);
    const heading = run("二、今年工作安排", LEFT, below(b));
    const runs = [...a, ...b, heading, ...paragraph(LONG_A, below([heading], 1))];
    expect(layoutPages([page(runs)]).text).toBe(`${LONG_A}\n${LONG_B}\n二、今年工作安排\n\n${LONG_A}`);
  });

  it("keeps a line break after a full line that ends a sentence, so a heading is never glued on", () => {
    const full = "一".repeat(29) + "。";
    const first = paragraph(full + "二".repeat(10), 700);
    const heading = run("（一）聚焦产业转型", LEFT, below(first));
    const runs = [...first, heading, ...paragraph(LONG_B, below([heading]))];
    const { text } = layoutPages([page(runs)]);
    expect(text.split("\n")).toEqual([full, "二".repeat(10), "（一）聚焦产业转型", LONG_B]);
  });

  it("continues a paragraph across a page break", () => {
    const b = paragraph(LONG_B + "。", 700);
    const a = paragraph(LONG_A + "。", below(b));
    const cut = a.length - 1;
    const pages = [page([...b, ...a.slice(0, cut)]), page([{ ...a[cut], y: 700 }])];
    const { text, pageStarts } = layoutPages(pages);
    expect(text).toBe(`${LONG_B}。\n${LONG_A}。`);
    expect(pageStarts).toEqual([0, text.lastIndexOf(a[cut].str)]);
  });

  it("reads table rows as lines with tab-separated cells", () => {
    const runs = [run("指标", LEFT, 700), run("目标", LEFT + 150, 700), run("实际", LEFT + 250, 700), run("生产总值增长", LEFT, 685), run("6%", LEFT + 150, 685), run("3%", LEFT + 250, 685)];
    expect(layoutPages([page(runs)]).text).toBe("指标\t目标\t实际\n生产总值增长\t6%\t3%");
  });
});

describe("page furniture", () => {
  const body = (n: number) => paragraph(`${n}${LONG_A}。`, 700);
  it("drops running headers, footers and page numbers but keeps the same words in the body", () => {
    const pages = [1, 2, 3].map((n) => page([
      run("钢城区人民政府工作报告", 200, 770),
      ...body(n),
      run("钢城区人民政府工作报告", LEFT, 600),
      run(`— ${n} —`, 290, 30),
    ]));
    const { text, pageStarts } = layoutPages(pages);
    expect(text).not.toMatch(/—/);
    expect(text.match(/钢城区人民政府工作报告/g)).toHaveLength(3); // the body's copies
    expect(pageStarts).toHaveLength(3);
    expect(text.slice(pageStarts[1], pageStarts[1] + 2)).toBe("2" + LONG_A[0]);
  });

  it("drops 第 N 页 共 M 页 and a lone page number even on a single page", () => {
    expect(layoutPages([page([...body(1), run("第 1 页 共 1 页", 260, 30)])]).text).toBe(`1${LONG_A}。`);
    expect(layoutPages([page([run("3", 300, 780), ...body(1)])]).text).toBe(`1${LONG_A}。`);
  });

  it("keeps a number that is the last line of the text rather than in the bottom margin", () => {
    expect(layoutPages([page([...body(1), run("2023", LEFT, 500)])]).text).toBe(`1${LONG_A}。\n2023`);
  });
});

describe("columns", () => {
  const column = (x: number, texts: string[]) => {
    const runs: Run[] = [];
    for (const t of texts) runs.push(...paragraph(t, runs.length ? below(runs) : 650, x, 200, 2));
    return runs;
  };
  const left = ["左栏第一段" + LONG_A.slice(0, 40) + "。", "左栏第二段" + LONG_B.slice(0, 40) + "。"];
  const right = ["右栏第一段" + LONG_B.slice(0, 40) + "。", "右栏第二段" + LONG_A.slice(0, 40) + "。"];

  it("reads a two-column page column by column, a full-width title first", () => {
    const runs = [run("钢城区召开全会", 250, 720, 16), ...column(LEFT, left), ...column(300, right)];
    expect(layoutPages([page(runs)]).text.split("\n")).toEqual(["钢城区召开全会", ...left, ...right]);
  });

  it("reads a long two-column table row by row, not as two text columns", () => {
    const rows = ["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "进出口总额", "城镇居民收入", "农村居民收入", "新增就业", "空气优良天数"];
    const runs = rows.flatMap((name, i) => [run(name, LEFT, 700 - i * 15), run(`${i + 1}%`, 400, 700 - i * 15)]);
    expect(layoutPages([page(runs)]).text.split("\n")).toEqual(rows.map((name, i) => `${name}\t${i + 1}%`));
  });

  it("does not split a single-column page whose lines are short", () => {
    const runs = ["一、工作回顾", "二、今年目标", "三、主要任务", "四、保障措施", "五、结语", "六、附件", "七、说明", "八、其他"].map((t, i) => run(t, LEFT, 700 - i * 15));
    expect(layoutPages([page(runs)]).text.split("\n")).toHaveLength(8);
  });
});
