import { test, expect as baseExpect } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, gotoAndReadMasthead, signInViaForm } from "../e2e/auth-helpers";
import { SUBSCRIBER_ARTICLE, pagePath } from "../e2e/content";
import { serverA, serverB } from "./cluster";

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Sessions are signed tokens (next-auth JWT) with one NEXTAUTH_SECRET for every server:
 * signed in on one server, a reader is signed in on all of them.
 */
test("signed in on server A, a subscriber reads the whole subscribers-only article on server B", async ({
  browser,
}) => {
  const a = serverA();
  const b = serverB();
  const article = pagePath(SUBSCRIBER_ARTICLE.slug);
  const offerBox = "Continue reading with a subscription";

  // Without a session B shows the teaser and the offer: the check below can fail.
  const anonymous = await browser.newContext();
  const outsider = await anonymous.newPage();
  expect((await outsider.goto(`${b.origin}${article}`))?.status()).toBe(200);
  await expect(outsider.getByText(SUBSCRIBER_ARTICLE.teaserSentence)).toBeVisible();
  await expect(outsider.getByRole("complementary", { name: offerBox })).toBeVisible();
  await expect(outsider.getByText(SUBSCRIBER_ARTICLE.lockedName)).toHaveCount(0);
  await anonymous.close();

  // The subscriber signs in with the form on A.
  const context = await browser.newContext({ baseURL: a.origin });
  const page = await context.newPage();
  const signInOrigins: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith("/api/auth/callback/credentials")) signInOrigins.push(url.origin);
  });
  await signInViaForm(page, DEMO.subscriber.email, DEMO_PASSWORD, DEMO.subscriber.name);
  expect(signInOrigins, "the sign-in form should have posted to server A").toEqual([a.origin]);

  // The session cookie A set, given to B's address as well. (Chromium keys cookies by host,
  // not port, so B would be sent it anyway; set explicitly, the test does not rely on that.)
  const session = (await context.cookies(a.origin)).find((cookie) =>
    /(^|\.)next-auth\.session-token$/.test(cookie.name),
  );
  expect(session, "server A should have set a session cookie").toBeTruthy();
  await context.addCookies([
    {
      name: session!.name,
      value: session!.value,
      url: b.origin,
      httpOnly: session!.httpOnly,
      sameSite: session!.sameSite,
      expires: session!.expires,
    },
  ]);

  // On B: the whole text, no teaser box.
  const response = await page.goto(`${b.origin}${article}`);
  expect(response?.status()).toBe(200);
  expect(response?.url()).toBe(`${b.origin}${article}`);
  const sentCookie = (await response!.request().allHeaders()).cookie ?? "";
  expect(sentCookie, "B should receive the session cookie A issued").toContain(
    `${session!.name}=${session!.value}`,
  );
  await expect(
    page.getByRole("heading", { level: 1, name: SUBSCRIBER_ARTICLE.title }),
  ).toBeVisible();
  await expect(page.getByText(SUBSCRIBER_ARTICLE.teaserSentence)).toBeVisible();
  await expect(page.getByText(SUBSCRIBER_ARTICLE.thirdParagraphSentence)).toBeVisible();
  await expect(page.getByText(SUBSCRIBER_ARTICLE.fourthParagraphSentence)).toBeVisible();
  await expect(page.getByText(SUBSCRIBER_ARTICLE.lockedName).first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: offerBox })).toHaveCount(0);

  // And B's masthead knows who this is.
  const me = await gotoAndReadMasthead(page, `${b.origin}/`);
  expect(me?.name).toBe(DEMO.subscriber.name);
  await context.close();
});
