// Preloaded into the build process (node --import) by build-run.ts: on exit, appends to
// BUILD_STATS_FILE what the kernel counted for the process itself: its peak resident memory
// (exact, no sampling gaps) and its CPU time, which, unlike wall time, hardly depends on what
// else the machine runs.
import { appendFileSync } from 'node:fs';

export interface BuildUsage {
  /** Peak RSS of the build's process, all its threads (the kernel's high-water mark). */
  peakRssBytes: number;
  /** CPU time (user + system) of the build's process, all its threads. */
  cpuMs: number;
}

process.on('exit', () => {
  const file = process.env.BUILD_STATS_FILE;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  // maxRSS is in KiB, CPU times in microseconds.
  const usage: BuildUsage = {
    peakRssBytes: maxRSS * 1024,
    cpuMs: (userCPUTime + systemCPUTime) / 1000,
  };
  if (file) appendFileSync(file, `${JSON.stringify(usage)}\n`);
});
