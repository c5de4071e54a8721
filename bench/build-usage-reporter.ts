// Preloaded into the build process (node --import) by build-run.ts: on exit, writes what the
// kernel counted for the process itself: its peak resident memory (exact, no sampling gaps)
// and its CPU time, which, unlike wall time, hardly depends on what else the machine runs.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in KiB, CPU times in microseconds.
    writeFileSync(
      target,
      JSON.stringify({
        maxRssBytes: usage.maxRSS * 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      }),
    );
  });
}
