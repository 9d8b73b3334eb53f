import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { CLUSTER_DIR } from "../../playwright.cluster.config";
import { loggedEmails as serverLogEmails, type LoggedEmail } from "../e2e/server-log";

/**
 * The running cluster, as scripts/cluster.mjs describes it in <dir>/cluster.json: nginx's
 * port, the two app servers (A and B) with their process ids, and the database. The
 * tests reach A and B directly by port, and both through nginx (the config's baseURL).
 */
export type ClusterInfo = {
  port: number;
  servers: { port: number; pid: number }[];
  nginx: number;
  databaseUrl: string;
  redisUrl: string;
};

export const CLUSTER_JSON = path.resolve(CLUSTER_DIR, "cluster.json");
export const CLUSTER_LOGS = path.resolve(CLUSTER_DIR, "logs");

export function clusterInfo(): ClusterInfo {
  return JSON.parse(fs.readFileSync(CLUSTER_JSON, "utf8")) as ClusterInfo;
}

const serverAt = (index: number) => {
  const server = clusterInfo().servers[index];
  if (!server) throw new Error(`cluster.json lists no app server #${index + 1}`);
  return { ...server, origin: `http://127.0.0.1:${server.port}` };
};

/** App server A (PORT + 101) and B (PORT + 102), reached directly, not through nginx. */
export const serverA = () => serverAt(0);
export const serverB = () => serverAt(1);
/** nginx in front of both. */
export const nginxOrigin = () => `http://127.0.0.1:${clusterInfo().port}`;

/** Runs `work` with a connection to the cluster's PostgreSQL database. */
export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: clusterInfo().databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A count(*) query's answer as a number. */
export async function countRows(sql: string, params: unknown[] = []): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ count: string }>(sql, params);
    return Number(rows[0]?.count ?? 0);
  });
}

/**
 * The emails both app servers have written to their logs (without SMTP_URL the app logs
 * each email instead of sending it: lib/email/send-email.ts), app-1's then app-2's, each
 * oldest first; an email still being written is left for the next read.
 */
export function loggedEmails(): LoggedEmail[] {
  return ["app-1.log", "app-2.log"].flatMap((name) =>
    serverLogEmails(path.join(CLUSTER_LOGS, name)),
  );
}
