// How the pane writes a value: a range target as `low–high` with its unit once.
import { valueText } from "../../src/taskpane/detail";

describe("valueText", () => {
  test("a range target reads low–high, a plain value its number and unit", () => {
    expect(valueText(5, "%", 5.5)).toBe("5–5.5%");
    expect(valueText(1600, "亿斤", 1700)).toBe("1600–1700 亿斤");
    expect(valueText(500, "亿元")).toBe("500 亿元");
    expect(valueText(null, "%")).toBe("—");
  });
});
