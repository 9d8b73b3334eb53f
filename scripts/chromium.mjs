// The Chromium the browser tests and the benchmark's journey drive: Debian's, or
// CHROMIUM_PATH. The flags keep it from reaching for the network this machine does not
// have (background updates, sync) and from needing a sandbox or GPU.

/** Where Chromium is. */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Launch flags for headless Chromium here. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
