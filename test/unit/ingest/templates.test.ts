// The committed import templates are fresh and accepted by the loader.
import fs from 'node:fs';
import path from 'node:path';
import { KIND_NAMES } from '../../../model';
import { csvTemplate, TEMPLATES_DIR, templateHeaders } from '../../../ingest/templates';
import { xlsxRecords } from '../../../ingest/xlsx/sheet';
import { planHeader } from '../../../ingest/headers';

describe('import templates (run `npx mingjing templates` if these fail)', () => {
  it.each(KIND_NAMES)('templates/%s.csv matches the model, UTF-8 with BOM', (kind) => {
    const bytes = fs.readFileSync(path.join(TEMPLATES_DIR, `${kind}.csv`));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toBe(csvTemplate(kind));
  });
  it.each(KIND_NAMES)(
    'templates/%s.xlsx has the model headers on the sheet named after the kind',
    async (kind) => {
      const rows = [];
      for await (const r of xlsxRecords(path.join(TEMPLATES_DIR, `${kind}.xlsx`), kind)) rows.push(r);
      expect(rows.map((r) => r.cells)).toEqual([templateHeaders(kind)]);
    },
  );
  it.each(KIND_NAMES)('the %s template header is accepted by the loader', (kind) => {
    expect(() => planHeader(kind, templateHeaders(kind), `${kind}.csv`)).not.toThrow();
  });
});
