// Progress on stderr while many files are extracted: done / total, files per second, ETA.
// Only on a terminal, only for more than a few files, never with --quiet: a log or a pipe gets
// nothing (cli-progress would print nothing there either, but is then not even loaded).

export interface Progress {
  tick(): void;
  /** Clear the bar's line so a warning can be printed cleanly; the next tick redraws it. */
  clear(): void;
  stop(): void;
}

/** "More than a few": below this a run ends before a bar is worth reading. */
export const PROGRESS_MIN_FILES = 20;

const SILENT: Progress = { tick() {}, clear() {}, stop() {} };

export async function startProgress(total: number, options: { quiet: boolean }): Promise<Progress> {
  if (options.quiet || !process.stderr.isTTY || total <= PROGRESS_MIN_FILES) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'extract {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      barsize: 30,
      // A hidden cursor would stay hidden if the run is interrupted.
      hideCursor: false,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick() {
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
    },
    clear() {
      process.stderr.write('\r\u001b[2K');
    },
    stop() {
      bar.stop();
    },
  };
}
