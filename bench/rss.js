'use strict';
// Preloaded by the benchmarks (bench/lib.ts): reports this process's peak resident memory at exit.
process.on('exit', () => {
  process.stderr.write(`\nkubeship-bench-maxrss-kib ${process.resourceUsage().maxRSS}\n`);
});
