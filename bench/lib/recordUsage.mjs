// Loaded with `node --import` into a build: writes the process's own resource usage (peak memory
// included) to BENCH_USAGE_FILE when it exits, which its parent cannot read once the process is gone.
// On Linux it adds the CPU ticks of the children the build waited for (esbuild's service…), from /proc.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;

/** User + system clock ticks of the children this process has waited for, or null off Linux. */
function childrenTicks() {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name (which may hold spaces): cutime and cstime are fields 16 and 17 of the line.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ').pop().split(' ');
  return Number(fields[13]) + Number(fields[14]);
}

if (file) {
  process.on('exit', () => {
    writeFileSync(
      file,
      JSON.stringify({ ...process.resourceUsage(), childrenTicks: childrenTicks(), uptimeSeconds: process.uptime() }),
    );
  });
}
