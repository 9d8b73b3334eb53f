import fs from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import {
  adminSetRole,
  DEMO,
  gotoForm,
  newUser,
  signedInContext,
  signUpViaForm,
  waitForHydration,
} from "./auth-helpers";
import { waitForEmail } from "./server-log";

const expect = baseExpect.configure({ timeout: 15_000 });

/** Past the teaser of a subscriber-only demo article (see subscriptions.spec.ts). */
const LOCKED = {
  slug: "the-long-thaw-on-the-northern-route",
  pageOne: "Signe Aaltonen, who chairs the municipal council",
};

const main = (page: Page) => page.getByRole("main");

/** Paid demo subscribers written straight into the test server's database. */
async function seedSubscribers(page: Page, tag: string, count: number) {
  const response = await page.request.post("/api/internal/test-subscribers", {
    data: { tag, count },
    timeout: 120_000,
  });
  expect(response.status(), await response.text()).toBe(200);
}

const uniqueTag = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

async function searchSubscriptions(page: Page, query: string) {
  await gotoForm(page, "/admin/subscriptions");
  await page.getByLabel("Name or email").fill(query);
  await main(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query).replace(/[.]/g, "\\.")}`));
}

test.describe("the admin area", () => {
  test("find one subscriber among thousands, refund their payment, see it everywhere", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const admin = await signedInContext(browser, baseURL, DEMO.admin.email);
    const page = await admin.newPage();
    const tag = uniqueTag("many");
    await seedSubscribers(page, tag, 3000);
    const email = `${tag}-1234@example.test`;

    await searchSubscriptions(page, email);
    const rows = main(page).getByRole("row").filter({ hasText: email });
    await expect(rows).toHaveCount(1);
    await rows.getByRole("link").first().click();
    await expect(main(page).getByText(email).first()).toBeVisible();
    await waitForHydration(page);

    await main(page)
      .getByRole("button", { name: /^Refund .*…$/ })
      .first()
      .click();
    await main(page).getByRole("button", { name: "Yes, refund" }).click();
    // The whole payment is refunded: the page shows it at once (the refund form is gone),
    // and again after a reload, with the refund in the timeline.
    const payments = main(page).getByRole("region", { name: "Payments" });
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await expect(payments).toContainText("refunded $90");
      await expect(payments.getByRole("button", { name: /^Refund / })).toHaveCount(0);
    }
    const timeline = main(page).getByRole("region", { name: "Timeline" });
    await expect(timeline.getByText("Refunded $90 of a $90 payment.")).toBeVisible();
    await waitForEmail(email, { subject: "Refund of", link: true });

    await gotoForm(page, "/admin/audit");
    await page.getByLabel("Kind").selectOption("payment.refund");
    await main(page).getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/kind=payment\.refund/);
    await expect(
      main(page)
        .getByRole("row")
        .filter({ hasText: "payment.refund" })
        .filter({ hasText: DEMO.admin.name })
        .first(),
    ).toBeVisible();
    await admin.close();
  });

  test("comp three months to a reader, who then reads subscriber-only text", async ({
    browser,
    baseURL,
    page,
  }) => {
    test.setTimeout(120_000);
    const reader = newUser("Comped");
    await signUpViaForm(page, reader);
    await page.goto(`/articles/${LOCKED.slug}`);
    await expect(main(page).getByText(LOCKED.pageOne)).toHaveCount(0);

    const admin = await signedInContext(browser, baseURL, DEMO.admin.email);
    const adminPage = await admin.newPage();
    await gotoForm(adminPage, "/admin/subscriptions");
    const comp = main(adminPage).getByRole("region", { name: "Give a complimentary subscription" });
    await comp.getByLabel("Reader's email").fill(reader.email);
    await comp.getByLabel("Months (1 to 24)").fill("3");
    await comp.getByRole("button", { name: "Give free months…" }).click();
    await comp.getByRole("button", { name: "Yes, give them" }).click();
    await expect(comp.getByRole("status")).toBeVisible();

    await page.goto(`/articles/${LOCKED.slug}`);
    await expect(main(page).getByText(LOCKED.pageOne)).toBeVisible();
    const account = await gotoForm(page, "/account");
    expect(account?.status()).toBe(200);
    await expect(main(page).getByText("(complimentary)")).toBeVisible();
    await admin.close();
  });

  test("a retired plan leaves /subscribe", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const admin = await signedInContext(browser, baseURL, DEMO.admin.email);
    const page = await admin.newPage();
    const slug = uniqueTag("student");
    const name = `Student yearly ${slug.slice(-5)}`;

    await gotoForm(page, "/admin/plans");
    const form = main(page).getByRole("region", { name: "New plan" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Slug").fill(slug);
    await form.getByLabel("Price (US dollars)").fill("45");
    await form.getByLabel("Billing interval").selectOption("YEAR");
    await form.getByLabel("Features").fill("Every article\nNo ads");
    await form.getByRole("button", { name: "Create plan" }).click();
    await expect(page).toHaveURL(/\/admin\/plans\/[^/]+/);

    const visitor = await browser.newContext({ baseURL });
    const subscribe = await visitor.newPage();
    await subscribe.goto("/subscribe");
    await expect(subscribe.getByRole("heading", { name, exact: true })).toBeVisible();

    await main(page).getByRole("button", { name: "Retire this plan" }).click();
    await expect(main(page).getByRole("button", { name: "Offer this plan again" })).toBeVisible();
    await subscribe.goto("/subscribe");
    await expect(
      subscribe.getByRole("heading", { name: "Digital yearly", exact: true }),
    ).toBeVisible();
    await expect(subscribe.getByRole("heading", { name, exact: true })).toHaveCount(0);
    expect((await subscribe.goto(`/subscribe/${slug}`))?.status()).toBe(404);
    await visitor.close();
    await admin.close();
  });

  test("export the filtered list as CSV", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const admin = await signedInContext(browser, baseURL, DEMO.admin.email);
    const page = await admin.newPage();
    const tag = uniqueTag("csv");
    await seedSubscribers(page, tag, 40);

    await searchSubscriptions(page, tag);
    const download = page.waitForEvent("download");
    await main(page).getByRole("link", { name: "Export these as CSV" }).click();
    const file = await (await download).path();
    const lines = fs
      .readFileSync(file!, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(41);
    const emails = lines.slice(1).map((line) => /[\w.-]+@example\.test/.exec(line)?.[0]);
    expect(new Set(emails).size).toBe(40);
    expect(emails.every((email) => email?.startsWith(`${tag}-`))).toBe(true);
    await admin.close();
  });

  test("a repeated admin search comes from memory, yet never outlives the data or the permission", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const tag = uniqueTag("cached");
    const readers = [newUser(`Cached ${tag}`), newUser(`Cached ${tag}`)];
    for (const reader of readers) {
      const context = await browser.newContext({ baseURL });
      await signUpViaForm(await context.newPage(), reader);
      await context.close();
    }
    const admin = await signedInContext(browser, baseURL, DEMO.admin.email);
    const list = `/admin/subscriptions?q=${tag}`;
    const cacheOf = (response: Awaited<ReturnType<Page["goto"]>>) =>
      response?.headers()["x-page-cache"];

    // Two tabs on the same list: the second is the server's kept copy of the first.
    const first = await admin.newPage();
    expect(cacheOf(await gotoForm(first, list))).toBeUndefined();
    await expect(main(first).getByText("No subscriptions match")).toBeVisible();
    const second = await admin.newPage();
    expect(cacheOf(await gotoForm(second, list))).toBe("HIT");

    // Each tab's form still carries its own one-time token: both grants happen.
    for (const [page, reader] of [
      [first, readers[0]!],
      [second, readers[1]!],
    ] as const) {
      const comp = main(page).getByRole("region", { name: "Give a complimentary subscription" });
      await comp.getByLabel("Reader's email").fill(reader.email);
      await comp.getByRole("button", { name: "Give free months…" }).click();
      await comp.getByRole("button", { name: "Yes, give them" }).click();
      await expect(comp.getByRole("status")).toHaveText(/^Gave 3 free months/);
    }

    // The grants moved the data: the list is rendered afresh and shows both readers.
    const after = await first.goto(list);
    expect(cacheOf(after)).toBeUndefined();
    for (const reader of readers)
      await expect(main(first).getByRole("row").filter({ hasText: reader.email })).toHaveCount(1);

    // A staff member whose admin role is taken away gets no more lists, kept copy or not.
    const deputy = newUser("Deputy");
    const deputyContext = await browser.newContext({ baseURL });
    const deputyPage = await deputyContext.newPage();
    await signUpViaForm(deputyPage, deputy);
    await adminSetRole(first, deputy, "ADMIN");
    expect((await deputyPage.goto(list))?.status()).toBe(200);
    expect(cacheOf(await deputyPage.goto(list))).toBe("HIT");
    await adminSetRole(first, deputy, "READER");
    expect((await deputyPage.goto(list))?.status()).toBe(403);
    await expect(main(deputyPage).getByText(readers[0]!.email)).toHaveCount(0);
    await deputyContext.close();
    await admin.close();
  });
});
