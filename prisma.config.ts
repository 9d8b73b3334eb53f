import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";

// Without a DATABASE_URL, Prisma falls back to a code path that downloads a query
// engine, which our offline build machines cannot do (see DESIGN.md).
process.env.DATABASE_URL ??= "file:./data/app.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaLibSQL({
      url: process.env.DATABASE_URL ?? "file:./data/app.db",
      authToken: process.env.DATABASE_AUTH_TOKEN,
    });
  },
});
