import { test, expect as baseExpect } from "@playwright/test";
import { formAlert, gotoForm, submitSignIn } from "../e2e/auth-helpers";
import { WRONG_CREDENTIALS } from "../../lib/users/authenticate";
import { withDb } from "./cluster";

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Sign-in's per-address limit (lib/users/authenticate.ts, key `signin:ip:<address>` in the
 * "RateLimit" table) counts the address nginx saw. scripts/serve.mjs works it out from the
 * socket and nginx's own X-Forwarded-For hop (TRUSTED_PROXY_HOPS=1) and replaces any
 * x-meridian-client-ip a client sends, so a client can neither pick its own bucket nor put
 * its failures on someone else's address.
 */
const FORGED_FORWARDED_FOR = "6.6.6.6";
const FORGED_CLIENT_IP = "7.7.7.7";
const REAL_KEY = "signin:ip:127.0.0.1";

type Row = { key: string; count: number; resetAt: Date };
const rateLimitRows = () =>
  withDb(async (client) => {
    const { rows } = await client.query<Row>(
      `SELECT "key", "count", "resetAt" FROM "RateLimit"
        WHERE "key" = $1 OR "key" LIKE $2 OR "key" LIKE $3`,
      [REAL_KEY, `%${FORGED_FORWARDED_FOR}%`, `%${FORGED_CLIENT_IP}%`],
    );
    return rows;
  });

test("a wrong password through nginx with forged address headers is counted under the real address", async ({
  browser,
  baseURL,
}) => {
  const before = (await rateLimitRows()).find((row) => row.key === REAL_KEY);

  // Every request of this browser, the sign-in included, carries both forged headers.
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: {
      "X-Forwarded-For": FORGED_FORWARDED_FOR,
      "x-meridian-client-ip": FORGED_CLIENT_IP,
    },
  });
  const page = await context.newPage();
  await gotoForm(page, "/signin");
  const posted = page.waitForRequest(
    (request) =>
      new URL(request.url()).pathname.startsWith("/api/auth/callback/credentials") &&
      request.method() === "POST",
  );
  await submitSignIn(page, `nobody-${Date.now()}@example.com`, "not-the-password");
  const headers = await (await posted).allHeaders();
  expect(headers["x-forwarded-for"], "the forged header was sent").toBe(FORGED_FORWARDED_FOR);
  expect(headers["x-meridian-client-ip"], "the forged header was sent").toBe(FORGED_CLIENT_IP);
  await expect(formAlert(page)).toHaveText(WRONG_CREDENTIALS);
  await context.close();

  const after = await rateLimitRows();
  expect(
    after.filter((row) => row.key !== REAL_KEY).map((row) => row.key),
    "nothing is counted under a forged address",
  ).toEqual([]);
  const real = after.find((row) => row.key === REAL_KEY);
  expect(real, `the attempt is counted under ${REAL_KEY}`).toBeTruthy();
  // One more than before in the same window, or 1 in a new one (windows last 15 minutes).
  const sameWindow = before !== undefined && real!.resetAt.getTime() === before.resetAt.getTime();
  expect(real!.count).toBe(sameWindow ? before.count + 1 : 1);
});
