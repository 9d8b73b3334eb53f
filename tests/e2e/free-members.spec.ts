import { expect, test } from "@playwright/test";
import {
  expectSignedInAs,
  mastheadSignInLink,
  newUser,
  signOutViaMenu,
  waitForHydration,
} from "./auth-helpers";
import { decode, expectNoSecrets, membersOnly } from "./paywall-content";
import { main } from "./subscribe-helpers";

/**
 * Articles for signed-in readers (the "Signed-in readers" visibility): an anonymous
 * visitor gets the teaser and an invitation to a free account; creating one brings the
 * reader back to the article, in full; signing out takes it away again.
 */

const article = membersOnly.find((candidate) => candidate.pageCount >= 2)!;
const secretsShown = (html: string) =>
  article.secrets.filter((secret) => decode(html).includes(secret)).length;

test("a free account reads an article for signed-in readers that an anonymous visitor cannot", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Anonymous: the teaser, marked, with the free-account box in place of the rest.
  await page.goto(`/articles/${article.slug}`);
  await expect(main(page).getByText("Free account", { exact: true })).toBeVisible();
  await expect(
    main(page).getByRole("heading", { name: "Continue reading with a free account" }),
  ).toBeVisible();
  expectNoSecrets(await page.content(), "the anonymous page", article);
  await page.goto(`/articles/${article.slug}/2`);
  await expect(
    main(page).getByRole("heading", { name: "This page is for signed-in readers" }),
  ).toBeVisible();
  expectNoSecrets(await page.content(), "page 2, anonymous", article);

  // The box's link goes to sign-up and comes back to the page the reader was on.
  await main(page).getByRole("link", { name: "Create a free account" }).click();
  await expect(page).toHaveURL(
    new RegExp(`/signup\\?from=${encodeURIComponent(`/articles/${article.slug}/2`)}`),
  );
  await waitForHydration(page);
  const user = newUser("Free Reader");
  await page.getByLabel("Name", { exact: true }).fill(user.name);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByLabel("Confirm password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/2$`));
  await expectSignedInAs(page, user.name);

  // Signed in, free: the whole page, no box; still offered a subscription.
  await expect(main(page).getByRole("heading", { name: /signed-in readers/ })).toHaveCount(0);
  expect(secretsShown(await page.content())).toBeGreaterThan(0);
  await page.goto(`/articles/${article.slug}`);
  await expect(main(page).getByRole("heading", { name: /free account/ })).toHaveCount(0);
  expect(secretsShown(await page.content())).toBeGreaterThan(0);
  await expect(page.getByRole("banner").getByRole("link", { name: "Subscribe" })).toBeVisible();

  // Signed out again: back to the teaser, from the next page load on.
  await signOutViaMenu(page, user.name);
  await page.goto(`/articles/${article.slug}`);
  await expect(mastheadSignInLink(page)).toBeVisible();
  await expect(
    main(page).getByRole("heading", { name: "Continue reading with a free account" }),
  ).toBeVisible();
  expectNoSecrets(await page.content(), "the page after signing out", article);
});
