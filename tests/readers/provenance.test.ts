// A PDF fact's page travels with it: into the Data table's source cells, back out of a workbook,
// and into GC.SOURCE's citation.
import { fact } from "../cli/fixtures";
import { buildBundle } from "../../src/core/pipeline";
import { IndicatorIndex, isQueryError } from "../../src/core/query";
import { formatSourceRef, parseSourceRef } from "../../src/core/source-ref";
import { factOf, Rec } from "../../src/excel/workbook-tables";
import { sourceText } from "../../src/functions/format";

describe("source references", () => {
  it("name the page of a PDF and nothing else for other documents", () => {
    expect(formatSourceRef({ doc: "报告.pdf", offset: 120, page: 3 })).toBe("报告.pdf p.3@120");
    expect(formatSourceRef({ doc: "报告.txt", offset: 120 })).toBe("报告.txt@120");
  });

  it("read back into their parts, even when the file name holds an @ or looks paged", () => {
    expect(parseSourceRef("报告.pdf p.3@120")).toEqual({ doc: "报告.pdf", offset: 120, page: 3 });
    expect(parseSourceRef("a@b.txt@7")).toEqual({ doc: "a@b.txt", offset: 7 });
    expect(parseSourceRef("p.3@7")).toEqual({ doc: "p.3", offset: 7 });
    expect(parseSourceRef("报告.pdf p.x@1")).toEqual({ doc: "报告.pdf p.x", offset: 1 });
    expect(parseSourceRef("no offset")).toBeNull();
  });
});

describe("a PDF fact", () => {
  const pdfFact = fact({ doc: "004.pdf", page: 5, offset: 4321 });

  it("is cited with its page in the dataset and by GC.SOURCE", () => {
    const bundle = buildBundle([{ meta: { file: "004.pdf", published: "2023-01-05", title: "", source: "", region: "钢城区" }, encoding: "", chars: 9000, facts: [pdfFact], format: "pdf" }], []);
    expect(bundle.dataset[0].target_source).toBe("004.pdf p.5@4321");
    const source = new IndicatorIndex(bundle).source("GDP_GROWTH", 2023);
    if (isQueryError(source)) throw new Error(String(source.message));
    expect(source).toMatchObject({ doc: "004.pdf", page: 5, offset: 4321, quote: pdfFact.quote });
    expect(sourceText(source)).toBe(`“${pdfFact.quote}” — 004.pdf p.5@4321`);
  });

  it("keeps its page when the workbook's evidence table is read back", () => {
    // As the workbook holds it: every cell a string, number or boolean; an empty cell is "".
    const record = { ...pdfFact, year: 2023, page: 5 } as unknown as Rec;
    expect(factOf(record)).toEqual(pdfFact);
    const other = factOf({ ...record, page: "" })!;
    expect("page" in other).toBe(false);
    expect(other).toEqual({ ...pdfFact, page: undefined });
  });
});
