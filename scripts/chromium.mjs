// Debian's Chromium and the flags it needs here (toolchain.md): browsers cannot be
// downloaded, Chromium runs as root without a sandbox, and background networking would
// keep knocking on closed hosts. Shared by vitest, the node checks and the benchmarks.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
