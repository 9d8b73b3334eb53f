import type { DbClient } from "../db-client";
import { AppError } from "../errors";
import type { Role } from "../auth/permissions";
import { verifyPassword } from "../auth/password";
import { clearRateLimit, hitRateLimit, isRateLimited } from "../auth/rate-limit";
import { SignInSchema } from "../auth/account-schemas";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMIT_PER_ACCOUNT = 5;
export const SIGN_IN_LIMIT_PER_IP = 30;

export const WRONG_CREDENTIALS = "That email and password do not match an account.";
export const TOO_MANY_ATTEMPTS =
  "Too many sign-in attempts. Wait 15 minutes and try again, or reset your password.";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionVersion: number;
};

// A real hash to verify against when the account does not exist, so both paths take as long.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$BekK39ynV7FBZYAG7BchRg$DP/7J6stG7c0cUga43HgTuBKnT6/Kz/HIuhT9Q1Yt70";

/**
 * Checks an email and password. Failed attempts count against the account and the
 * client's IP (database-backed, fixed 15-minute windows); the attempt that uses up the
 * allowance already answers with the rate-limit message.
 */
export async function authenticate(
  db: DbClient,
  input: { email: unknown; password: unknown; ip: string; now?: Date },
): Promise<SessionUser> {
  const parsed = SignInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) throw new AppError("INVALID", WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const now = input.now ?? new Date();
  const accountKey = `signin:account:${email}`;
  // Unknown address (no proxy in front): one shared counter would let anyone lock every
  // account out, so only the per-account limit applies then.
  const ipKey = input.ip === "direct" ? null : `signin:ip:${input.ip}`;

  if (
    (await isRateLimited(db, accountKey, SIGN_IN_LIMIT_PER_ACCOUNT, now)) ||
    (ipKey !== null && (await isRateLimited(db, ipKey, SIGN_IN_LIMIT_PER_IP, now)))
  ) {
    throw new AppError("RATE_LIMITED", TOO_MANY_ATTEMPTS);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      sessionVersion: true,
      passwordHash: true,
      disabledAt: true,
      deletedAt: true,
    },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.passwordHash || !valid) {
    const window = { windowMs: SIGN_IN_WINDOW_MS, now };
    const [account, ip] = await Promise.all([
      hitRateLimit(db, accountKey, { ...window, limit: SIGN_IN_LIMIT_PER_ACCOUNT }),
      ipKey ? hitRateLimit(db, ipKey, { ...window, limit: SIGN_IN_LIMIT_PER_IP }) : null,
    ]);
    if (account.remaining === 0 || ip?.remaining === 0)
      throw new AppError("RATE_LIMITED", TOO_MANY_ATTEMPTS);
    throw new AppError("INVALID", WRONG_CREDENTIALS);
  }
  if (user.disabledAt || user.deletedAt)
    throw new AppError(
      "FORBIDDEN",
      "This account has been disabled. Contact the magazine if you think this is a mistake.",
    );
  await clearRateLimit(db, accountKey);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
