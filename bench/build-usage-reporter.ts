// Preloaded into the build process (node --import) by build-run.ts: at exit, appends to
// BUILD_STATS_FILE the kernel's counts for the process, all its threads: its exact peak RSS
// (no sampling gaps), and its CPU time, which unlike wall time hardly depends on the machine's load.
import { appendFileSync } from 'node:fs';

const buildUsage = () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  // maxRSS is in KiB, CPU times in microseconds.
  return { peakRssBytes: maxRSS * 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 };
};
export type BuildUsage = ReturnType<typeof buildUsage>;

process.on('exit', () => {
  const file = process.env.BUILD_STATS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify(buildUsage())}\n`);
});
