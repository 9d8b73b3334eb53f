// Command-line flags for the bench scripts: `--name value`, `--name=value`, bare booleans,
// and sizes written the way people say them (10k, 100_000). Unknown flags are refused so a
// typo never silently runs the default benchmark for twenty minutes.

/**
 * @typedef {{ type: "number" | "string" | "boolean" | "list", default?: unknown, help: string }} FlagSpec
 */

/** "10k" → 10000, "1.5m" → 1500000, "100_000" → 100000. */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(String(text).replace(/[_,]/g, ""));
  if (!match) throw new Error(`"${text}" is not a number`);
  const factor = { "": 1, k: 1_000, m: 1_000_000 }[match[2].toLowerCase()];
  return Math.round(Number(match[1]) * factor);
}

/**
 * @param {string[]} argv
 * @param {Record<string, FlagSpec>} spec
 * @returns {Record<string, any>}
 */
export function parseFlags(argv, spec) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const [name, flag] of Object.entries(spec)) out[name] = flag.default;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unexpected argument "${arg}" (flags start with --)`);
    const [, name, inline] = match;
    const flag = spec[name];
    if (!flag) throw new Error(`Unknown flag --${name}. Known: ${Object.keys(spec).join(", ")}`);
    const takeValue = () => {
      if (inline !== undefined) return inline;
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
      i += 1;
      return value;
    };
    if (flag.type === "boolean") {
      if (inline !== undefined && !/^(true|false)$/.test(inline))
        throw new Error(`--${name} is a switch: give it alone, or =true / =false`);
      out[name] = inline === undefined ? true : inline === "true";
    } else if (flag.type === "number") {
      out[name] = parseSize(takeValue());
    } else if (flag.type === "list") {
      // A list flag may also stand alone (--scale): `true` means "the default list".
      const next = argv[i + 1];
      const value =
        inline !== undefined
          ? inline
          : next !== undefined && /^\d/.test(next)
            ? ((i += 1), next)
            : undefined;
      out[name] = value === undefined ? true : value.split(",").map(parseSize);
    } else {
      out[name] = takeValue();
    }
  }
  return out;
}

/** `--help` text from the same table the parser reads. */
export function usage(command, spec) {
  const lines = [`Usage: ${command} [flags]`, ""];
  for (const [name, flag] of Object.entries(spec)) {
    const shown =
      flag.default === undefined || flag.default === false ? "" : ` (default ${flag.default})`;
    lines.push(`  --${name.padEnd(16)} ${flag.help}${shown}`);
  }
  return lines.join("\n");
}
