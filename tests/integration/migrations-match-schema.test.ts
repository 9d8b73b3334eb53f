import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseEngine } from "@/lib/db-engine";
import { postgresPrefix, postgresUrlFor, TEST_DB_DIR, TEST_POSTGRES_URL } from "../setup/paths";

// Each engine has its own migration history (docs/decisions/007). This proves the history
// this suite's database was built from gives exactly the tables, columns, indexes and
// foreign keys that prisma/schema.prisma describes: a database built straight from the
// schema (`prisma migrate diff --from-empty`) is compared with the migrated one. Objects
// Prisma's schema cannot describe (search tables, trigram indexes, triggers) are left out.
const BEYOND_PRISMA = /^(ArticleSearch|UserSearch|_prisma_migrations|User_(name|email)_trgm_idx)/;

function schemaScript(engine: "sqlite" | "postgres"): string {
  const schema = engine === "postgres" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma";
  const result = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-empty"].concat([
      "--to-schema-datamodel",
      schema,
      "--script",
    ]),
    {
      encoding: "utf8",
      env: {
        ...process.env,
        // Migrate connects through prisma.config.ts's adapter even for a diff from empty.
        DATABASE_URL:
          engine === "postgres"
            ? process.env.DATABASE_URL
            : `file:${path.join(TEST_DB_DIR, "schema-diff.db")}`,
      },
    },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

type Catalog = string[];

async function sqliteCatalog(url: string): Promise<Catalog> {
  const client = createClient({ url });
  const lines: string[] = [];
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  for (const { name } of tables.rows) {
    const table = String(name);
    if (BEYOND_PRISMA.test(table)) continue;
    for (const c of (await client.execute(`PRAGMA table_info("${table}")`)).rows)
      lines.push(
        `column ${table}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`,
      );
    for (const i of (await client.execute(`PRAGMA index_list("${table}")`)).rows) {
      if (String(i.name).startsWith("sqlite_autoindex")) continue;
      const columns = (await client.execute(`PRAGMA index_info("${i.name}")`)).rows
        .map((c) => c.name)
        .join(",");
      lines.push(`index ${table}.${i.name} unique=${i.unique} (${columns})`);
    }
    for (const f of (await client.execute(`PRAGMA foreign_key_list("${table}")`)).rows)
      lines.push(
        `fk ${table}.${f.from} -> ${f.table}.${f.to} delete=${f.on_delete} update=${f.on_update}`,
      );
  }
  client.close();
  return lines.sort();
}

async function postgresCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lines: string[] = [];
  const columns = await client.query(`SELECT table_name, column_name, data_type, udt_name,
      is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public'`);
  for (const c of columns.rows)
    if (!BEYOND_PRISMA.test(c.table_name))
      lines.push(
        `column ${c.table_name}.${c.column_name} ${c.data_type}/${c.udt_name} null=${c.is_nullable} default=${c.column_default}`,
      );
  const indexes = await client.query(
    "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
  );
  for (const i of indexes.rows)
    if (!BEYOND_PRISMA.test(i.tablename) && !BEYOND_PRISMA.test(i.indexname))
      lines.push(`index ${i.indexdef}`);
  // Constraint triggers (contype 't', the data-version counter's) are triggers, which
  // Prisma's schema cannot describe.
  const constraints = await client.query(`SELECT conrelid::regclass::text AS t, conname,
      pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND contype <> 't'`);
  for (const k of constraints.rows)
    if (!BEYOND_PRISMA.test(k.t.replaceAll('"', "")))
      lines.push(`constraint ${k.t} ${k.conname} ${k.def}`);
  const enums =
    await client.query(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
  for (const e of enums.rows) lines.push(`enum ${e.typname} ${e.labels}`);
  await client.end();
  return lines.sort();
}

describe("the migration history of this engine", () => {
  it("builds the same tables, columns, indexes and keys as the schema describes", async () => {
    const engine = databaseEngine();
    const script = schemaScript(engine);
    let fromSchema: Catalog;
    if (engine === "postgres") {
      const name = `${postgresPrefix()}_fromschema_${process.pid}`;
      const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const target = new pg.Client({ connectionString: postgresUrlFor(name) });
      await target.connect();
      await target.query(script);
      await target.end();
      fromSchema = await postgresCatalog(postgresUrlFor(name));
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.end();
    } else {
      const file = path.join(TEST_DB_DIR, `fromschema-${process.pid}.db`);
      fs.rmSync(file, { force: true });
      const client = createClient({ url: `file:${file}` });
      await client.executeMultiple(script);
      client.close();
      fromSchema = await sqliteCatalog(`file:${file}`);
    }
    const migrated =
      engine === "postgres"
        ? await postgresCatalog(process.env.DATABASE_URL!)
        : await sqliteCatalog(process.env.DATABASE_URL!);
    expect(migrated.length).toBeGreaterThan(100);
    expect(migrated).toEqual(fromSchema);
  });
});
