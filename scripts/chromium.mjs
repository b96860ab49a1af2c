// How the tests and the bench start Chromium: the same binary, the same flags.
import { existsSync } from 'node:fs';

/** CHROME_PATH when set, else the first usual install path that exists. */
export const chromiumPath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find(
    existsSync,
  );

/** Flags for a headless run as root, with no traffic of Chromium's own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
