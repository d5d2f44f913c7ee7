// Preloaded into a benchmarked process (`node --import ./bench/peak-rss.mjs …`): on exit, writes
// the process's peak resident set size in KB (worker threads included) to $PLANS_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.PLANS_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
