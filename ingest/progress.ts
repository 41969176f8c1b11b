// Progress bar for `mingjing ingest` on a terminal (rows/s and ETA from the pre-scan's row estimate); silent otherwise.
import cliProgress from 'cli-progress';
import type { IngestProgress } from './load-file';

/** A progress callback drawing one bar per file on stderr when it is a TTY; a no-op when it is not. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  onProgress?: (p: IngestProgress) => void;
  stop: () => void;
} {
  if (!stream.isTTY) return { stop: () => undefined };
  let bar: cliProgress.SingleBar | undefined;
  let file = '';
  let started = 0;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const onProgress = (p: IngestProgress) => {
    if (p.file !== file || !bar) {
      stop();
      file = p.file;
      started = Date.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${p.file} [{bar}] {percentage}% | {value}/{total} 行 rows | {speed} 行/秒 rows/s | ETA {eta_formatted}`,
          hideCursor: true,
          etaBuffer: 20,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(p.total ?? 0, p.read, 1), 0, { speed: 0 });
    }
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    bar.setTotal(Math.max(p.total ?? 0, p.read, 1));
    bar.update(p.read, { speed: Math.round(p.read / secs) });
    if (p.phase === 'done') stop();
  };
  return { onProgress, stop };
}
