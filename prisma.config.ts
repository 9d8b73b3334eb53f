import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { isPostgresUrl } from "./scripts/database-url.mjs";

// Without a DATABASE_URL, Prisma falls back to a code path that downloads a query
// engine, which our offline build machines cannot do (see DESIGN.md).
process.env.DATABASE_URL ??= "file:./data/app.db";
const url = process.env.DATABASE_URL;

// One data model, two engines (docs/decisions/007-postgresql-and-several-servers.md): PostgreSQL's schema is
// generated from prisma/schema.prisma and has its own migration history.
const onPostgres = isPostgresUrl(url);
const folder = onPostgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    if (onPostgres) return new PrismaPg({ connectionString: url });
    return new PrismaLibSQL({ url, authToken: process.env.DATABASE_AUTH_TOKEN });
  },
});
