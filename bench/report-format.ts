// Plain-text output for the benchmark: aligned tables and PASS/MISS lines. 1 KB = 1024 bytes.
import os from 'node:os';

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return 'n/a';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Columns padded to their widest cell; numbers read best right-aligned, so every cell but the first is. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

export interface Verdict {
  target: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
  measured: string;
}

export function formatVerdicts(verdicts: Verdict[]): string {
  return verdicts
    .map(
      ({ target, pass, measured }) =>
        `${pass === undefined ? 'N/A ' : pass ? 'PASS' : 'MISS'}  ${target}: ${measured}`,
    )
    .join('\n');
}

/** The 1, 5 and 15 minute load averages: timings and Lighthouse's performance score follow them. */
export function formatLoadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}
