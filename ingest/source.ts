// Opens a CSV or XLSX file as one stream of records and splits off its header row.
import path from 'node:path';
import { InputError } from '../core/errors';
import type { KindName } from '../model';
import { csvRecords, type RawRow } from './csv-source';
import type { Sniff } from './sniff';
import { xlsxRecords } from './xlsx/sheet';

export type Records = AsyncGenerator<RawRow>;

/** Records of the file in order; for XLSX `onTotal` receives the sheet's row count when the sheet declares it. */
export function openRecords(
  file: string,
  sniff: Sniff,
  kind: KindName,
  onTotal?: (rows: number) => void,
): Records {
  return sniff.format === 'xlsx' ? xlsxRecords(file, kind, onTotal) : csvRecords(file, sniff);
}

/** Reads up to the first non-blank record (the header); the same generator then yields the data rows. */
export async function readHeader(records: Records, file: string): Promise<RawRow> {
  for (;;) {
    const next = await records.next();
    if (next.done) {
      const name = path.basename(file);
      throw new InputError(
        'ingest.empty',
        `${name}：文件为空（至少需要表头行）`,
        `${name}: the file is empty (a header row is required)`,
        { file },
      );
    }
    if (next.value.cells.some((c) => c.trim() !== '')) return next.value;
  }
}
