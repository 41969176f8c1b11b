// Streaming XLSX output (exceljs WorkbookWriter) with fixed document and zip-entry dates so a seed gives the same bytes.
import ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Archiver = require('archiver/lib/core') as {
  prototype: { append: (src: unknown, data: object) => unknown };
};

/** Fixed timestamp for workbook properties and zip entries. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

type Append = (src: unknown, data: object) => unknown;
const withDate = (append: Append): Append =>
  function (this: unknown, src, data) {
    return append.call(this, src, { date: FIXED_DATE, ...data });
  };

export interface XlsxSheet {
  addRow(values: unknown[]): void;
  close(): Promise<void>;
}

/** Opens a one-sheet streaming workbook. Entries the writer adds while constructing get the fixed date too. */
export function openXlsx(filename: string, sheetName: string): XlsxSheet {
  const original = Archiver.prototype.append;
  Archiver.prototype.append = withDate(original);
  let wb: ExcelJS.stream.xlsx.WorkbookWriter;
  try {
    wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename,
      useStyles: true,
      useSharedStrings: false,
      created: FIXED_DATE,
      modified: FIXED_DATE,
    } as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions & { created: Date; modified: Date });
  } finally {
    Archiver.prototype.append = original;
  }
  const zip = (wb as unknown as { zip: { append: Append } }).zip;
  zip.append = withDate(zip.append.bind(zip));
  const ws = wb.addWorksheet(sheetName);
  return {
    addRow(values) {
      ws.addRow(values).commit();
    },
    async close() {
      ws.commit();
      await wb.commit();
    },
  };
}
