// Stands in for office.js in the task-pane browser test: Office.onReady, requirement sets, and an
// Excel.run whose context writes into an in-memory workbook the test reads back through
// window.__gcHost. Loads are no-ops: properties are computed when read, after sync.
(function () {
  const params = new URLSearchParams(location.search);
  const host = {
    customFunctions: params.get("cf") !== "0",
    syncs: 0,
    runs: 0,
    sheets: {},
    tables: {},
    pivots: [],
    refreshAll: 0,
    calculations: [],
    selection: { sheet: "Sheet1", row: 0, col: 0 },
    /** Rows of a table's body as arrays of cell values. */
    body(name) {
      const t = host.tables[name];
      if (!t) return null;
      const s = host.sheets[t.sheet];
      const rows = [];
      for (let i = 0; i < t.bodyRows; i++) {
        const row = [];
        for (let j = 0; j < t.width; j++) row.push(cell(s, t.row0 + 1 + i, t.col0 + j).value);
        rows.push(row);
      }
      return rows;
    },
    header(name) {
      const t = host.tables[name];
      const s = host.sheets[t.sheet];
      return Array.from({ length: t.width }, (_, j) => cell(s, t.row0, t.col0 + j).value);
    },
    cellAt(sheet, row, col) {
      return cell(host.sheets[sheet], row, col);
    },
  };
  host.sheets.Sheet1 = { name: "Sheet1", cells: new Map() };
  window.__gcHost = host;

  function cell(s, r, c) {
    const k = r + "," + c;
    if (!s.cells.has(k)) s.cells.set(k, { value: "", format: "General", formula: false });
    return s.cells.get(k);
  }

  function store(c, v) {
    c.formula = typeof v === "string" && c.format !== "@" && /^[=+\-@]/.test(v);
    c.value = v;
  }

  function letters(col) {
    let s = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }

  function parseAddress(a) {
    const [x, y = x] = a.replace(/^.*!/, "").split(":");
    const p = (t) => {
      const m = /^([A-Z]+)(\d+)$/.exec(t);
      return [Number(m[2]) - 1, [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
    };
    const [r0, c0] = p(x);
    const [r1, c1] = p(y);
    return [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
  }

  function shiftRows(s, from, delta, c0, nc) {
    const moved = [];
    for (const [k, v] of s.cells) {
      const [r, c] = k.split(",").map(Number);
      if (r >= from && c >= c0 && c < c0 + nc) {
        moved.push([r, c, v]);
        s.cells.delete(k);
      }
    }
    for (const [r, c, v] of moved) s.cells.set(r + delta + "," + c, v);
  }

  const proxyBase = { load() { return this; }, isNullObject: false };
  const nullObject = () => ({ ...proxyBase, isNullObject: true, name: "" });

  function grid(s, r0, c0, nr, nc, values, f) {
    if (values.length !== nr || values.some((row) => row.length !== nc)) throw new Error("dimension mismatch");
    values.forEach((row, i) => row.forEach((v, j) => f(cell(s, r0 + i, c0 + j), v)));
  }

  function range(s, r0, c0, nr, nc) {
    const r = {
      ...proxyBase,
      get address() { return s.name + "!" + letters(c0) + (r0 + 1) + ":" + letters(c0 + nc - 1) + (r0 + nr); },
      get rowCount() { return nr; },
      get values() { return Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => cell(s, r0 + i, c0 + j).value)); },
      set values(v) { grid(s, r0, c0, nr, nc, v, store); },
      set numberFormat(v) { grid(s, r0, c0, nr, nc, v, (c, f) => (c.format = f)); },
      set formulas(v) { grid(s, r0, c0, nr, nc, v, (c, f) => { c.value = f; c.formula = String(f).startsWith("="); }); },
      getCell: (i, j) => range(s, r0 + i, c0 + j, 1, 1),
      getRow: (i) => range(s, r0 + i, c0, 1, nc),
      getColumn: (j) => range(s, r0, c0 + j, nr, 1),
      getResizedRange: (dr, dc) => range(s, r0, c0, nr + dr, nc + dc),
      delete() {
        for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) s.cells.delete(r0 + i + "," + (c0 + j));
        shiftRows(s, r0 + nr, -nr, c0, nc);
        for (const t of Object.values(host.tables)) {
          if (t.sheet === s.name && r0 > t.row0 && c0 === t.col0 && nc === t.width) t.bodyRows -= nr;
        }
      },
      format: { autofitColumns() {}, set columnWidth(w) {} },
    };
    return r;
  }

  function tableProxy(t) {
    const s = () => host.sheets[t.sheet];
    return {
      ...proxyBase,
      get name() { return t.name; },
      set name(v) { delete host.tables[t.name]; t.name = v; host.tables[v] = t; },
      getHeaderRowRange: () => range(s(), t.row0, t.col0, 1, t.width),
      getDataBodyRange: () => range(s(), t.row0 + 1, t.col0, t.bodyRows, t.width),
      getRange: () => range(s(), t.row0, t.col0, t.bodyRows + 1, t.width),
      rows: {
        add(_index, values) {
          const at = t.row0 + 1 + t.bodyRows;
          shiftRows(s(), at, values.length, t.col0, t.width);
          values.forEach((row, i) => row.forEach((v, j) => store(cell(s(), at + i, t.col0 + j), v)));
          t.bodyRows += values.length;
        },
      },
      get worksheet() { return sheetProxy(s()); },
    };
  }

  function sheetProxy(s) {
    return {
      ...proxyBase,
      name: s.name,
      getRange: (a) => range(s, ...parseAddress(a)),
      getUsedRangeOrNullObject: () => ([...s.cells.values()].some((c) => c.value !== "") ? range(s, 0, 0, 1, 1) : nullObject()),
      tables: {
        add(address) {
          const [r0, c0, , nc] = parseAddress(address);
          const t = { name: "Table" + Object.keys(host.tables).length, sheet: s.name, row0: r0, col0: c0, width: nc, bodyRows: 1 };
          host.tables[t.name] = t;
          return tableProxy(t);
        },
      },
      freezePanes: { freezeRows() {} },
      pivotTables: {
        add(name, source) {
          const p = { name, source: source.name, rows: [], columns: [], data: [] };
          host.pivots.push(p);
          const hierarchy = (f) => ({ f });
          return {
            ...proxyBase,
            hierarchies: { getItem: hierarchy },
            rowHierarchies: { add: (h) => p.rows.push(h.f) },
            columnHierarchies: { add: (h) => p.columns.push(h.f) },
            dataHierarchies: { add: (h) => { const d = { field: h.f }; p.data.push(d); return d; } },
          };
        },
      },
      activate() {},
    };
  }

  const workbook = {
    worksheets: {
      getItemOrNullObject: (n) => (host.sheets[n] ? sheetProxy(host.sheets[n]) : nullObject()),
      add(n) {
        const name = n || "Sheet" + (Object.keys(host.sheets).length + 1);
        host.sheets[name] = { name, cells: new Map() };
        return sheetProxy(host.sheets[name]);
      },
    },
    tables: { getItemOrNullObject: (n) => (host.tables[n] ? tableProxy(host.tables[n]) : nullObject()) },
    pivotTables: {
      getItemOrNullObject: (n) => {
        const p = host.pivots.find((x) => x.name === n);
        return p ? { ...proxyBase, name: p.name, refresh() {}, worksheet: { activate() {} } } : nullObject();
      },
      refreshAll() { host.refreshAll += 1; },
    },
    application: { calculate(type) { host.calculations.push(type); } },
    getSelectedRange: () => range(host.sheets[host.selection.sheet], host.selection.row, host.selection.col, 1, 1),
  };
  const context = { workbook, sync: async () => { host.syncs += 1; } };

  window.Excel = {
    CalculationType: { full: "Full", recalculate: "Recalculate" },
    run: async (batch) => {
      host.runs += 1;
      return batch(context);
    },
  };
  // office.js defines CustomFunctions in the shared runtime; the bundle's generated
  // CustomFunctions.associate calls run at load, so the stub records them.
  host.functions = {};
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message || code);
      this.code = code;
    }
  }
  window.CustomFunctions = {
    associate(id, fn) { host.functions[id] = fn; },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  window.Office = {
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise((resolve) => setTimeout(() => { if (callback) callback(info); resolve(info); }, 0));
    },
    context: {
      requirements: {
        isSetSupported(name) {
          if (name === "CustomFunctionsRuntime") return host.customFunctions;
          return name === "ExcelApi";
        },
      },
    },
    HostType: { Excel: "Excel" },
  };
})();
