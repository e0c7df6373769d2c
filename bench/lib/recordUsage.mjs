// Loaded with `node --import` into a build: writes the process's own resource usage (peak memory
// included) to BENCH_USAGE_FILE when it exits, which its parent cannot read once the process is gone.
// On Linux it adds the CPU ticks of the children the build waited for (esbuild's service…), from /proc.
// It also notes the process's CPU time when Astro's log reaches each step of a build (`phaseMarks`), so that
// the bench can say where the time goes (buildPhases in buildStats.ts); Astro's own log is the only signal
// common to the site and the floors, which have no integration of the bench's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;

/** User + system clock ticks of the children this process has waited for, or null off Linux. */
function childrenTicks() {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name (which may hold spaces): cutime and cstime are fields 16 and 17 of the line.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ').pop().split(' ');
  return Number(fields[13]) + Number(fields[14]);
}

/** CPU seconds (user + system) of this process so far, its threads included. */
function ownCpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * The lines of Astro's build log that open each step, in order: the bundling (config, integrations and content
 * synced before it), the pages, and the end of the pages (the first « Completed » after them).
 */
const STEPS = [
  { name: 'bundling', opens: /Building static entrypoints/ },
  { name: 'pages', opens: /generating static routes/ },
  { name: 'afterPages', opens: /Completed in/ },
];

if (file) {
  const phaseMarks = {};
  let next = 0;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const step = STEPS[next];
    if (step && step.opens.test(String(chunk))) {
      phaseMarks[step.name] = ownCpuSeconds();
      next++;
    }
    return write(chunk, ...rest);
  };
  process.on('exit', () => {
    phaseMarks.end = ownCpuSeconds();
    writeFileSync(
      file,
      JSON.stringify({
        ...process.resourceUsage(),
        childrenTicks: childrenTicks(),
        uptimeSeconds: process.uptime(),
        phaseMarks,
      }),
    );
  });
}
