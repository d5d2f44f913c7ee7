// Preloaded into a benchmarked process (`node --import ./bench/process-stats.mjs …`): on exit,
// writes to $PLANS_BENCH_STATS_FILE the process's peak resident set size (KB) and the CPU time it
// used (ms, user + system), worker threads included. CPU time moves much less than wall time when
// other jobs share the machine, so the linearity check rests on it.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(process.env.PLANS_BENCH_STATS_FILE, JSON.stringify({ maxRssKb: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
});
