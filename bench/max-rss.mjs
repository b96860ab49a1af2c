// Preloaded into a child Node by bench/build.mjs (node --import): writes the
// process's peak resident memory, as the kernel counted it, to the file
// SPARKPULSE_MAX_RSS_FILE names, when the process exits.
import { writeFileSync } from 'node:fs';

const file = process.env.SPARKPULSE_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    // resourceUsage() gives kilobytes.
    writeFileSync(file, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  });
}
