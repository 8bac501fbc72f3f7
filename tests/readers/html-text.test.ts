// HTML (mammoth's output or a Readability article) → lines, with a real DOM (linkedom, as the CLI uses).
import { domText } from "../../src/core/readers/html-text";
import { nodeReaderEnv } from "../../src/cli/readers";

const { parseHtml } = nodeReaderEnv();
const text = (body: string) => domText(parseHtml(`<!doctype html><html><body>${body}</body></html>`).body);

describe("domText", () => {
  it("gives one line per paragraph and collapses the markup's whitespace", () => {
    expect(text("<h1>政府工作报告</h1>\n<p>地区生产总值\n  增长<b>6%</b>左右，</p><p>一般公共预算收入增长5%。</p>")).toBe(
      "政府工作报告\n地区生产总值 增长6%左右，\n一般公共预算收入增长5%。",
    );
  });

  it("keeps an empty paragraph as a blank line and a <br> as a line break", () => {
    expect(text("<p>标题</p><p></p><p>第一行<br>第二行</p>")).toBe("标题\n\n第一行\n第二行");
  });

  it("reads a table row by row, cells separated by tabs, a cell's paragraphs joined", () => {
    const table = "<table><tr><th>指标</th><th>目标</th></tr><tr><td><p>地区生产</p><p>总值增长</p></td><td>6%</td></tr></table>";
    expect(text(`<p>主要指标如下：</p>${table}<p>完。</p>`)).toBe("主要指标如下：\n指标\t目标\n地区生产 总值增长\t6%\n完。");
  });

  it("reads a one-cell layout table as ordinary paragraphs", () => {
    expect(text("<table><tr><td><p>第一段。</p><p>第二段。</p></td><td> </td></tr></table>")).toBe("第一段。\n第二段。");
  });

  it("skips scripts, styles and buttons, keeps preformatted line breaks", () => {
    expect(text("<script>var a = 1;</script><style>p{}</style><button>分享</button><pre>第一行\n第二行</pre>")).toBe("第一行\n第二行");
  });

  it("walks deeply nested markup without recursion", () => {
    const deep = "<div>".repeat(20000) + "深处的文字" + "</div>".repeat(20000);
    expect(text(deep)).toBe("深处的文字");
  });
});
