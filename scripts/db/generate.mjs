// Generates both Prisma clients (npm's postinstall): SQLite's from prisma/schema.prisma and
// PostgreSQL's from its generated copy. Each generate is given a URL of its own engine's
// kind: with any other, Prisma takes a code path that downloads a query engine, which our
// offline machines cannot do (DESIGN.md).
import { spawnSync } from "node:child_process";

const prisma = ["node_modules/prisma/build/index.js", "generate"];
const runs = [
  { args: prisma, url: "file:./data/app.db" },
  {
    args: [...prisma, "--schema", "prisma/postgres/schema.prisma"],
    url: "postgresql://generate@localhost/generate",
  },
];
for (const { args, url } of runs) {
  const result = spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
