// Sessions are signed with NEXTAUTH_SECRET. When it is not set (the demo, a first start),
// a random one is generated once and kept in ./data/auth-secret, so sessions survive a
// restart without anyone having to invent a secret.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function withAuthEnv(env, dataDir = "data") {
  const next = { ...env };
  if (!next.NEXTAUTH_SECRET) {
    const file = path.join(dataDir, "auth-secret");
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    next.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  next.NEXTAUTH_URL ??= next.SITE_URL ?? `http://localhost:${next.PORT ?? 3000}`;
  return next;
}
