// Plain-text output for the benchmark: aligned tables and PASS/MISS lines. 1 KB = 1024 bytes.
import os from 'node:os';

export const log = (line: string) => console.log(`  ${line}`);

export function bytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function ms(ms: number | undefined): string {
  if (ms === undefined) return 'n/a';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export type Column<Row> = [header: string, cell: (row: Row) => string];

/** Columns padded to their widest cell; every cell but the first right-aligned, as numbers read best. */
export function table<Row>(rows: Row[], columns: Column<Row>[]): string {
  const header = columns.map(([title]) => title);
  const lines = [header, ...rows.map((row) => columns.map(([, cell]) => cell(row)))];
  const widths = columns.map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  const rule = widths.map((width) => '-'.repeat(width));
  lines.splice(1, 0, rule);
  const pad = (cell: string, column: number) =>
    column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]);
  return lines.map((line) => line.map(pad).join('  ')).join('\n');
}

export interface Verdict {
  target: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
  measured: string;
}

export const verdicts = (verdicts: Verdict[]) =>
  verdicts
    .map(
      ({ target, pass, measured }) =>
        `${pass === undefined ? 'N/A ' : pass ? 'PASS' : 'MISS'}  ${target}: ${measured}`,
    )
    .join('\n');

/** The 1, 5 and 15 minute load averages: timings and Lighthouse's performance score follow them. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
