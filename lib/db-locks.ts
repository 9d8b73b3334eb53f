import type { TransactionClient } from "./db-client";
import { databaseEngine } from "./db-engine";
import { Prisma } from "./generated/prisma/client";

/**
 * Row locks for transactions that read, decide and then write ("no subscription yet, so
 * create one"), where no unique key or conditional update can carry the rule.
 *
 * SQLite needs none: a write transaction holds the whole database, so a second one cannot
 * decide on what the first is about to change (in one process the libSQL adapter runs
 * transactions one at a time; across processes the loser gets SQLITE_BUSY). PostgreSQL
 * runs at READ COMMITTED: two transactions can both read "nothing there yet" and both
 * write. There `SELECT … FOR NO KEY UPDATE` on a row both must read makes the second wait
 * until the first commits; its next statement then sees what the first wrote (READ
 * COMMITTED takes a fresh snapshot per statement). Lock before the reads the decision
 * rests on.
 *
 * Why `FOR NO KEY UPDATE`, not `FOR UPDATE`: every insert or update of a row that
 * references the locked one (a subscription, payment or audit entry naming the reader)
 * takes `FOR KEY SHARE` on it for its foreign-key check, and `FOR UPDATE` conflicts with
 * that, so such writes, by any transaction on any server, waited for ours to commit.
 * `FOR NO KEY UPDATE` lets them through and still conflicts with itself and with every
 * UPDATE or DELETE of the row, which is all these locks are for.
 *
 * Lock order, to keep clear of deadlocks: the reader (User) first, then their rows.
 */

/** Every transaction that gives a reader a subscription, or decides on their subscriptions. */
export async function lockUser(tx: TransactionClient, userId: string): Promise<void> {
  if (databaseEngine() !== "postgres") return;
  await tx.$queryRaw(Prisma.sql`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR NO KEY UPDATE`);
}

/** A Stripe subscription's row, by its Stripe id (nothing is locked while there is none). */
export async function lockStripeSubscription(
  tx: TransactionClient,
  providerSubscriptionId: string,
): Promise<void> {
  if (databaseEngine() !== "postgres") return;
  await tx.$queryRaw(
    Prisma.sql`SELECT 1 FROM "Subscription" WHERE "providerSubscriptionId" = ${providerSubscriptionId} FOR NO KEY UPDATE`,
  );
}

/**
 * Every active admin's row, for a change that could leave none (demote, disable, delete an
 * admin): "more than one active admin, so this one may go" is read, then written. On
 * PostgreSQL two admins demoting each other at once would both count two and both go; with
 * the lock the second waits, and when it gets the rows the one the first demoted no longer
 * matches, so it counts one. Taken in id order, so two callers never deadlock.
 */
export async function lockActiveAdmins(tx: TransactionClient): Promise<void> {
  if (databaseEngine() !== "postgres") return;
  await tx.$queryRaw(
    Prisma.sql`SELECT 1 FROM "User" WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL AND "deletedAt" IS NULL ORDER BY "id" FOR NO KEY UPDATE`,
  );
}

// Any constant no other lock of ours uses ("search" in ASCII).
const SEARCH_INDEX_LOCK = 0x736561726368;

/**
 * The search index, for a transaction that numbers new rows from the highest rowid
 * (lib/search/search-index.ts). An article's rows must take consecutive rowids above all
 * others: two articles indexed at once on PostgreSQL would read the same highest rowid
 * and collide. An advisory lock held to the end of the transaction makes the second wait;
 * its next read sees the first's rows. Publishing is rare, so the wait costs nothing.
 */
export async function lockSearchIndex(tx: TransactionClient): Promise<void> {
  if (databaseEngine() !== "postgres") return;
  // void cannot be read back through the adapter; as text it can.
  await tx.$queryRaw(
    Prisma.sql`SELECT pg_advisory_xact_lock(${SEARCH_INDEX_LOCK}::bigint)::text AS locked`,
  );
}
