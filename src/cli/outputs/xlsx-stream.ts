// exceljs's streaming workbook writer, plus what it lacks for our output:
// - Excel tables: its streaming writer has no addTable, so each table is added as the parts
//   Excel itself writes (xl/tables/tableN.xml, the sheet's relationship and <tableParts>, the
//   content type);
// - fixed zip entry times, so the same data gives the same bytes under --reproducible;
// - back-pressure: its sheet streams never push back, so without it every row would sit in
//   memory until the compressor caught up;
// - errors: a failing file stream would otherwise be an unhandled 'error' event.
// Everything that touches exceljs's internals is in this file.
import ExcelJS from "exceljs";
import * as fs from "fs";
import { once } from "events";
import { PassThrough, Readable } from "stream";

/** An Excel table over a sheet's first rows, header in row 1. */
export interface TableDef {
  name: string;
  columns: readonly string[];
  /** Data rows (at least 1: Excel rejects a table without a body row). */
  rows: number;
  style: string;
}

interface ZipEntry {
  name: string;
  date?: Date;
}

interface Zip {
  append(source: string | Buffer | Readable, data: ZipEntry): Zip;
  on(event: string, listener: (e: Error) => void): Zip;
}

/** What exceljs's WorksheetWriter has and its typings do not declare. */
interface SheetInternals {
  id: number;
  startedData: boolean;
  useSharedStrings: boolean;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  stream: { write(text: string): void };
}

/** What exceljs's WorkbookWriter has and its typings do not declare. */
interface BookInternals {
  zip: Zip;
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number };
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
/** A sheet's compressed-but-unread backlog above this waits for the compressor. */
const BACKLOG_BYTES = 4 * 1024 * 1024;

export type StreamingWorksheet = ExcelJS.Worksheet;

/**
 * One workbook written to `file` as its rows arrive. Add sheets in order, write each sheet's
 * rows (awaiting `flow` now and then), commit it, and `finish`.
 */
export class StreamingWorkbook {
  readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly out: fs.WriteStream;
  private failure: Error | null = null;
  private readonly backlogs = new Map<string, PassThrough>();
  private readonly tableParts: string[] = [];
  private readonly failed: Promise<never>;

  constructor(file: string, created: Date) {
    this.out = fs.createWriteStream(file);
    let fail: (e: Error) => void = () => undefined;
    this.failed = new Promise<never>((_, reject) => {
      fail = reject;
    });
    this.failed.catch(() => undefined); // observed through flow()/finish(), never unhandled
    const onError = (e: Error) => {
      this.failure ??= e;
      fail(e);
    };
    this.out.on("error", onError);
    const Writer = writerWithZip((zip) => this.wrapZip(zip, created, onError));
    this.workbook = new Writer({ stream: this.out, useStyles: true, useSharedStrings: false });
    this.workbook.creator = "gc-indicators";
    this.workbook.created = created;
    this.workbook.modified = created;
  }

  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions> = {}): StreamingWorksheet {
    return this.workbook.addWorksheet(name, options);
  }

  /** Makes rows 1…rows+1 of `sheet` the Excel table `def`; call before the sheet's first row. */
  addTable(sheet: StreamingWorksheet, def: TableDef): void {
    const internals = sheet as unknown as SheetInternals;
    const id = this.tableParts.length + 1;
    const part = `table${id}.xml`;
    this.tableParts.push(part);
    const rId = internals._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${part}` });
    const writeLegacy = internals._writeLegacyData.bind(internals);
    // <tableParts> comes last in a worksheet, after what exceljs writes at this point.
    internals._writeLegacyData = () => {
      writeLegacy();
      internals.stream.write(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
    };
    (this.workbook as unknown as BookInternals).zip.append(tableXml(id, def), { name: `xl/tables/${part}` });
  }

  /**
   * Writes `cells` as the sheet's header row the way Excel does (shared strings), which also
   * opens the sheet's data; rows after it may then be written with `writeRowXml`.
   */
  writeHeader(sheet: StreamingWorksheet, cells: readonly string[]): void {
    const internals = sheet as unknown as SheetInternals;
    internals.useSharedStrings = true;
    sheet.addRow(cells.slice()).commit();
    internals.useSharedStrings = false;
  }

  /** Appends rows already rendered as <row> XML (after `writeHeader`); exceljs's own rows cost ~10× more. */
  writeRowXml(sheet: StreamingWorksheet, xml: string): void {
    const internals = sheet as unknown as SheetInternals;
    if (!internals.startedData) throw new Error("writeRowXml before writeHeader");
    internals.stream.write(xml);
  }

  /** The style index of `style` (the same object gives the same index), for rendered cells. */
  styleIndex(style: Partial<ExcelJS.Style>): number {
    return (this.workbook as unknown as BookInternals).styles.addStyleModel(style);
  }

  /** Waits while `sheet`'s written rows have not reached the compressor yet; throws a write error. */
  async flow(sheet: StreamingWorksheet): Promise<void> {
    if (this.failure) throw this.failure;
    const backlog = this.backlogs.get(sheetPart((sheet as unknown as SheetInternals).id));
    if (backlog && backlog.writableLength > BACKLOG_BYTES) {
      await Promise.race([once(backlog, "drain"), this.failed]);
    }
  }

  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    await Promise.race([this.workbook.commit(), this.failed]);
    if (this.failure) throw this.failure;
  }

  /** Closes the file after a failure, so a caller can remove it. */
  async abandon(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, "close").catch(() => undefined);
    this.out.destroy();
    await closed;
  }

  private wrapZip(zip: Zip, date: Date, onError: (e: Error) => void): Zip {
    zip.on("error", onError);
    zip.on("warning", onError);
    const append = zip.append.bind(zip);
    zip.append = (source, data) => {
      const entry = { ...data, date };
      if (data.name === "[Content_Types].xml" && typeof source === "string") {
        const overrides = this.tableParts.map((p) => `<Override PartName="/xl/tables/${p}" ContentType="${TABLE_TYPE}"/>`);
        return append(source.replace("</Types>", `${overrides.join("")}</Types>`), entry);
      }
      if (typeof source === "string" || Buffer.isBuffer(source)) return append(source, entry);
      // exceljs's own streams ignore back-pressure; a PassThrough in between shows the backlog.
      const backlog = new PassThrough({ highWaterMark: BACKLOG_BYTES });
      backlog.on("error", onError);
      source.pipe(backlog);
      this.backlogs.set(data.name.replace(/^\//, ""), backlog);
      return append(backlog, entry);
    };
    return zip;
  }
}

function sheetPart(id: number): string {
  return `xl/worksheets/sheet${id}.xml`;
}

/**
 * exceljs creates its zip in the constructor and appends two parts straight away, so the zip
 * is wrapped as it is assigned: a subclass whose `zip` setter hands it to `wrap` first.
 */
function writerWithZip(wrap: (zip: Zip) => Zip): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  return class extends ExcelJS.stream.xlsx.WorkbookWriter {
    set zip(zip: Zip) {
      Object.defineProperty(this, "zip", { value: wrap(zip), writable: true, configurable: true });
    }
  };
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A1 column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The table part as Excel writes it: header row, autofilter, one column per header cell. */
export function tableXml(id: number, def: TableDef): string {
  const ref = `A1:${columnLetter(def.columns.length - 1)}${Math.max(1, def.rows) + 1}`;
  const columns = def.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(c)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlAttr(def.name)}" ` +
    `displayName="${xmlAttr(def.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${def.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(def.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}
