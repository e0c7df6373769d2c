// Loaded with `node --import` into a build: writes the process's own resource usage (peak memory
// included) to BENCH_USAGE_FILE when it exits, which its parent cannot read once the process is gone.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify({ ...process.resourceUsage(), uptimeSeconds: process.uptime() }));
  });
}
