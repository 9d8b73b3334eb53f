// Signs in over HTTP the way next-auth's client does (and tests/e2e/auth-helpers.ts
// signInViaApi): fetch a CSRF token with its cookie, post the credentials callback, keep
// the session cookie. The load generator then sends that cookie on every request, so
// signed-in pages are measured as signed-in readers get them (per-reader rendering).

/** Cookies from a response, as name=value pairs. */
function cookiesOf(response) {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]);
}

function merge(jar, pairs) {
  for (const pair of pairs) {
    const name = pair.slice(0, pair.indexOf("="));
    jar.set(name, pair);
  }
}

/**
 * Returns the Cookie header of a signed-in session for `email`. With `subscriber` given,
 * also checks what /api/me says about the account's subscription (when it says anything),
 * so a reader measured as "no subscription" cannot quietly be a subscriber, or the reverse.
 */
export async function signIn(origin, email, password, { subscriber } = {}) {
  const jar = new Map();
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`/api/auth/csrf: HTTP ${csrfResponse.status}`);
  merge(jar, cookiesOf(csrfResponse));
  const { csrfToken } = await csrfResponse.json();
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar.values()].join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  merge(jar, cookiesOf(response));
  const cookie = [...jar.values()].join("; ");
  if (!/next-auth\.session-token/.test(cookie))
    throw new Error(`sign-in for ${email} failed: HTTP ${response.status}, no session cookie`);
  const me = await (await fetch(`${origin}/api/me`, { headers: { cookie } })).json();
  if (!me.user) throw new Error(`${email} is not signed in according to /api/me`);
  if (
    typeof subscriber === "boolean" &&
    typeof me.user.subscriber === "boolean" &&
    me.user.subscriber !== subscriber
  )
    throw new Error(
      `${email} should ${subscriber ? "" : "not "}be a subscriber, but /api/me says otherwise`,
    );
  return cookie;
}
