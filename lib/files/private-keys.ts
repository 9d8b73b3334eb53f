import { randomBytes } from "node:crypto";

/**
 * Private file keys are made here (a kind, the month, 32 random hex digits), never from a
 * file name or URL; every store checks a key against this shape before touching anything,
 * so a key that reached it from a request cannot name anything else.
 */
const PREFIX = /^[a-z][a-z0-9-]{0,30}$/;
const KEY = /^[a-z][a-z0-9-]{0,30}\/\d{4}-\d{2}\/[0-9a-f]{32}$/;

export function newPrivateKey(prefix: string): string {
  if (!PREFIX.test(prefix)) throw new Error(`Bad private file prefix "${prefix}"`);
  return `${prefix}/${new Date().toISOString().slice(0, 7)}/${randomBytes(16).toString("hex")}`;
}

export function isPrivateKey(key: string): boolean {
  return KEY.test(key);
}
