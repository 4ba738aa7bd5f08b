// src/cli/progress.ts — a one-line progress display for long commands: done, rate, ETA.
// Draws on a TTY only (redrawn in place, at most ~10 times a second); silent otherwise, so
// redirected stderr and tests see only the real messages.

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Report `done` items so far; `total` when known (enables the ETA). */
  update(done: number, total?: number | null): void;
  /** Print a message on its own line without garbling the bar. */
  log(line: string): void;
  /** Erase the bar. */
  done(): void;
}

/** The bar's text, pure: "1,200 articles  950/s  ETA 3s" (ETA only with a total). */
export function progressLine(label: string, done: number, seconds: number, total?: number | null): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [total ? `${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}` : `${label} ${done.toLocaleString('en-US')}`, `${Math.round(rate)}/s`];
  if (total && rate > 0 && done < total) parts.push(`ETA ${formatSeconds((total - done) / rate)}`);
  return parts.join('  ');
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function makeProgress(stream: ProgressStream, label: string, now: () => number = () => performance.now()): Progress {
  const start = now();
  if (stream.isTTY !== true) return { update() {}, log: (l) => void stream.write(l + '\n'), done() {} };
  let last = 0;
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    update(done, total) {
      const t = now();
      if (t - last < 100 && !(total && done >= total)) return;
      last = t;
      const line = progressLine(label, done, (t - start) / 1000, total);
      stream.write('\r\x1b[2K' + line.slice(0, (stream.columns ?? 80) - 1));
      shown = true;
    },
    log(line) {
      clear();
      stream.write(line + '\n');
    },
    done: clear,
  };
}
