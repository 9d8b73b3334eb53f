import "server-only";
import { db } from "./db";

/** True when the database answers a trivial query. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.error("Health check: database did not answer", error);
    return false;
  }
}
