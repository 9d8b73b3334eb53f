import { createDbClient } from "../../lib/db-client";
import { env } from "../../lib/env";
import { privateFiles } from "../../lib/files/private-files";
import { mediaStorage } from "../../lib/media/storage";
import { ensureDefaultNewsletters } from "../../lib/newsletters/newsletters";
import { backfillSubscriberSearchRows } from "../../lib/search/backfill-search-index";
import { ensureDefaultPlans } from "../../lib/subscriptions/default-plans";
import { seedDemo } from "./seed-demo";

/**
 * Runs after migrations at every start (scripts/prepare-db.mjs). Creates the default plans
 * and fills in search rows a migration could not build (lib/search/backfill-search-index.ts),
 * both no-ops once done. Seeds demo content when the database is empty and demo mode is
 * on. Demo mode is the embedded default (no DATABASE_URL given) or DEMO_MODE=true; a
 * libSQL server or any explicitly configured database is never filled with demo accounts
 * unless asked.
 */
const demoMode =
  process.env.DEMO_MODE === "true" ||
  (process.env.DEMO_MODE !== "false" && !process.env.DATABASE_URL);

const db = createDbClient();
try {
  if (env.DATABASE_URL.startsWith("file:")) await db.$executeRawUnsafe("PRAGMA journal_mode=WAL");
  if (await ensureDefaultPlans(db)) console.log("Created the default subscription plans.");
  if (await ensureDefaultNewsletters(db)) console.log("Created the default newsletters.");
  const [users, articles] = await Promise.all([db.user.count(), db.article.count()]);
  if (users + articles > 0) {
    console.log("Database already has content; not seeding.");
  } else if (!demoMode) {
    console.log(
      "Empty database, demo mode off: not seeding. Create the first admin with `npm run create-admin`.",
    );
  } else {
    // Where the app keeps files: the disk, or the S3 bucket when S3_BUCKET is set.
    await seedDemo(db, mediaStorage, privateFiles);
  }
  const search = await backfillSubscriberSearchRows(db);
  if (search.missing > 0)
    console.log(
      `Search: indexed the full text of ${search.missing} subscriber-only articles for ` +
        `subscribers' search (and moved ${search.moved} others' rows, to keep the order).`,
    );
} finally {
  await db.$disconnect();
}
