// The progress bar: drawn on a terminal with rows/s and ETA, absent when output is not a terminal.
import { Writable } from 'node:stream';
import { progressBar } from '../../../ingest/progress';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = new Writable({
    write(chunk, _enc, cb) {
      s.text += String(chunk);
      cb();
    },
  }) as unknown as NodeJS.WriteStream & { text: string };
  Object.assign(s, {
    text: '',
    isTTY,
    columns: 200,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return s;
}

const p = { file: 'bids.csv', kind: 'bids' as const, total: 1000, loaded: 0, rejected: 0 };

describe('progress bar', () => {
  it('draws nothing and asks for no callback when the output is not a terminal', () => {
    const s = fakeStream(false);
    const bar = progressBar(s);
    expect(bar.onProgress).toBeUndefined();
    bar.stop();
    expect(s.text).toBe('');
  });
  it('shows the file, rows out of the pre-scan estimate, rows per second and an ETA on a terminal', () => {
    const s = fakeStream(true);
    const bar = progressBar(s);
    bar.onProgress!({ ...p, phase: 'load', read: 250 });
    bar.onProgress!({ ...p, phase: 'done', read: 1000, loaded: 1000 });
    expect(s.text).toMatch(/bids\.csv/);
    expect(s.text).toMatch(/1000\/1000 行 rows/);
    expect(s.text).toMatch(/行\/秒 rows\/s \| ETA/);
  });
});
