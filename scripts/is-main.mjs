import fs from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Whether the module at `moduleUrl` (its import.meta.url) is the script node was asked to
 * run, rather than imported by another. Compared as real paths, so a symlink or a path
 * with spaces in it still counts.
 */
export function isMain(moduleUrl) {
  const script = process.argv[1];
  if (!script || !fs.existsSync(script)) return false;
  return fs.realpathSync(script) === fs.realpathSync(fileURLToPath(moduleUrl));
}
