import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { isPostgresUrl } from "./db-engine";
import { env } from "./env";
import { withoutNulDeep } from "./text/without-nul";

// Password hashes never leave the database unless a query asks for them by name.
const omit = { user: { passwordHash: true } } as const;

/**
 * Builds a Prisma client over libSQL (SQLite) or PostgreSQL, by the URL's scheme. Kept
 * apart from lib/db.ts (which is server-only) so the seed, scripts and integration tests
 * can build clients for their own databases.
 *
 * Both clients are generated from one data model (prisma/postgres/schema.prisma is made
 * from prisma/schema.prisma), so they have the same models, fields and methods; the
 * PostgreSQL one is typed as the SQLite one, and code written against either runs on both
 * (docs/decisions/007-postgresql-and-several-servers.md).
 */
export function createDbClient(
  url: string = env.DATABASE_URL,
  authToken = env.DATABASE_AUTH_TOKEN,
) {
  if (isPostgresUrl(url)) {
    // Connections per app process: several app servers share PostgreSQL's max_connections.
    const adapter = new PrismaPg({ connectionString: url, max: env.DATABASE_POOL_SIZE });
    return withoutNulInQueries(
      new PostgresPrismaClient({ adapter, omit }),
    ) as unknown as SqliteClient;
  }
  return sqliteClient(url, authToken);
}

const sqliteClient = (url: string, authToken?: string) =>
  withoutNulInQueries(new PrismaClient({ adapter: new PrismaLibSQL({ url, authToken }), omit }));

/**
 * Text never carries a NUL character into the database: PostgreSQL's text cannot hold one
 * (the write fails) and libSQL cuts a string short at it ("Ro\0sa" is stored as "Ro"). No
 * name, message or search means one, so it is taken out of every model query's arguments,
 * the one door every form's write goes through. Raw queries take it out themselves
 * (lib/text/without-nul.ts), and scripts/serve.mjs refuses addresses with %00.
 */
function withoutNulInQueries<Client extends object>(client: Client): Client {
  return (client as unknown as PrismaClient).$extends({
    query: {
      $allModels: {
        $allOperations: ({ args, query }) => query(withoutNulDeep(args)),
      },
    },
  }) as unknown as Client;
}
type SqliteClient = ReturnType<typeof sqliteClient>;

export type DbClient = ReturnType<typeof createDbClient>;
export type TransactionClient = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];
