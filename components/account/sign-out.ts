"use client";

/**
 * Signs out through next-auth's endpoint (CSRF-protected POST) without shipping
 * next-auth's client library to every page.
 */
export async function signOutNow(redirectTo = "/"): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: redirectTo, json: "true" }),
  });
  window.location.assign(redirectTo);
}
