// prisma/schema.prisma is the one source of the data model. PostgreSQL's copy
// (prisma/postgres/schema.prisma) is made from it by this script, so the two can never
// describe different models; `--check` fails when the copy is stale (`npm install` runs it,
// from package.json's postinstall).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const source = path.join(root, "prisma/schema.prisma");
const target = path.join(root, "prisma/postgres/schema.prisma");

export function postgresSchema(text) {
  const swapped = text
    .replace(/provider = "sqlite"/, 'provider = "postgresql"')
    .replace(
      'output       = "../lib/generated/prisma"',
      'output       = "../../lib/generated/prisma-pg"',
    );
  if (swapped === text || !swapped.includes("prisma-pg"))
    throw new Error(
      "prisma/schema.prisma no longer has the datasource or output this script rewrites",
    );
  return (
    "// GENERATED from prisma/schema.prisma by scripts/db/postgres-schema.mjs. Do not edit:\n" +
    "// change prisma/schema.prisma and run `node scripts/db/postgres-schema.mjs`.\n\n" +
    swapped
  );
}

const wanted = postgresSchema(fs.readFileSync(source, "utf8"));
if (process.argv.includes("--check")) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (current !== wanted) {
    console.error(
      "prisma/postgres/schema.prisma is stale: run `node scripts/db/postgres-schema.mjs`",
    );
    process.exit(1);
  }
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, wanted);
}
