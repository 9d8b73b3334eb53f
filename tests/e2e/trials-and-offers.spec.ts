import { expect as baseExpect, test, type Page } from "@playwright/test";
import {
  DEMO,
  gotoForm,
  newUser,
  signedInContext,
  waitForHydration,
  type TestUser,
} from "./auth-helpers";
import { main, moveClock, openAccount, payWithCard } from "./subscribe-helpers";

const expect = baseExpect.configure({ timeout: 15_000 });
const uniqueTag = () => Date.now().toString(36).slice(-6);

/** From a plan page as a signed-out reader: create an account, come back to the same page. */
async function signUpFromPlan(page: Page, user: TestUser, plan: string) {
  await main(page).getByRole("link", { name: "Create an account" }).click();
  await waitForHydration(page);
  await page.getByLabel("Name", { exact: true }).fill(user.name);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByLabel("Confirm password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(main(page).getByRole("heading", { level: 1, name: plan })).toBeVisible();
  await expect(main(page).getByText(`Subscribing as ${user.email}`)).toBeVisible();
  await waitForHydration(page);
}

test.describe("free trials and offers", () => {
  test("a trial is started, cancelled before it ends, and never charged", async ({
    browser,
    baseURL,
    page,
  }) => {
    // Two people, an admin and a reader, each through several pages: well past the default.
    test.setTimeout(120_000);
    // An admin gives a new plan a 14-day trial.
    const tag = uniqueTag();
    const planName = `Trial monthly ${tag}`;
    const adminContext = await signedInContext(browser, baseURL, DEMO.admin.email);
    const admin = await adminContext.newPage();
    await gotoForm(admin, "/admin/plans");
    const form = main(admin).getByRole("region", { name: "New plan" });
    await form.getByLabel("Name", { exact: true }).fill(planName);
    await form.getByLabel("Slug", { exact: true }).fill(`trial-${tag}`);
    await form.getByLabel("Price (US dollars)").fill("10");
    await form.getByLabel("Order").fill("99");
    await form.getByLabel("Free trial (days)").fill("120");
    await form.getByRole("button", { name: "Create plan" }).click();
    // Refused on the server, with what was typed kept.
    await expect(form.getByText(/from 0 \(no trial\) to 90/)).toBeVisible();
    await expect(form.getByLabel("Name", { exact: true })).toHaveValue(planName);
    await form.getByLabel("Free trial (days)").fill("14");
    await form.getByRole("button", { name: "Create plan" }).click();
    await expect(admin).toHaveURL(/\/admin\/plans\/[^/?]+\?notice=/);

    // A reader starts the trial: the card is taken, nothing is charged.
    const user = newUser("Trial Reader");
    await page.goto(`/subscribe/trial-${tag}`);
    await expect(main(page).getByText("Starts with a 14-day free trial")).toBeVisible();
    await signUpFromPlan(page, user, planName);
    await main(page).getByRole("button", { name: "Continue to payment" }).click();
    await expect(page).toHaveURL(/\/subscribe\/checkout\//);
    await expect(main(page).getByText(/Free for 14 days: nothing is charged today/)).toBeVisible();
    await waitForHydration(page);
    await page.getByLabel("Name on card").fill("Trial Reader");
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByLabel("Expiry (MM/YY)").fill("12/34");
    await page.getByLabel("Security code (CVC)").fill("123");
    await main(page).getByRole("button", { name: "Start free trial" }).click();
    await expect(
      main(page).getByRole("heading", { name: "Welcome to The Meridian" }),
    ).toBeVisible();
    await expect(main(page).getByText(/free trial has started/)).toBeVisible();

    const account = await openAccount(page);
    await expect(account.getByRole("definition").filter({ hasText: /^Trial$/ })).toBeVisible();
    await expect(account.getByText(/Cancel before then and you pay nothing/)).toBeVisible();
    await expect(account.getByText("First payment")).toBeVisible();
    await expect(account.getByText("Payment history")).toHaveCount(0);

    // Cancelled during the trial…
    await account.getByRole("button", { name: "Cancel subscription" }).click();
    await account.getByRole("button", { name: "Yes, cancel" }).click();
    await expect(account.getByText(/you will not be charged/).first()).toBeVisible();

    // …and 20 days later the trial is over: ended, no payment at all.
    await moveClock(page, user.email, 20);
    const ended = await openAccount(page);
    await expect(ended.getByRole("definition").filter({ hasText: /^Ended$/ })).toBeVisible();
    await expect(ended.getByText("Payment history")).toHaveCount(0);

    // The admin timeline shows the trial from start to end.
    await gotoForm(admin, `/admin/subscriptions?q=${encodeURIComponent(user.email)}`);
    await main(admin)
      .getByRole("link", { name: new RegExp(user.name) })
      .first()
      .click();
    await expect(main(admin).getByText("trial.started")).toBeVisible();
    await expect(main(admin).getByText("trial.ended")).toBeVisible();
    await expect(main(admin).getByText("Payment received")).toHaveCount(0);
    await adminContext.close();
  });

  test("an offer link takes 20% off the first year and the receipt shows it", async ({
    browser,
    baseURL,
    page,
  }) => {
    test.setTimeout(120_000);
    const code = `YEAR20-${uniqueTag()}`.toUpperCase();
    const adminContext = await signedInContext(browser, baseURL, DEMO.admin.email);
    const admin = await adminContext.newPage();
    await gotoForm(admin, "/admin/offers");
    const form = main(admin).getByRole("region", { name: "New offer" });
    // A form missing its plans is refused, keeping what was typed.
    await form.getByLabel("Code").fill(code);
    await form.getByLabel("Name", { exact: true }).fill("Twenty off your first year");
    await form.getByLabel("Percent off").fill("20");
    await form.getByRole("button", { name: "Create offer" }).click();
    await expect(form.getByText("Choose at least one plan the offer applies to.")).toBeVisible();
    await expect(form.getByLabel("Code")).toHaveValue(code);
    await form.getByLabel(/^Digital yearly/).check();
    await form.getByRole("button", { name: "Create offer" }).click();
    await expect(main(admin).getByRole("status")).toContainText(`Offer ${code} created.`);
    await expect(main(admin).getByText(`/subscribe/offer/${code}`)).toBeVisible();

    // An unknown code is answered with a message.
    await page.goto("/subscribe/offer/NO-SUCH-CODE");
    await expect(main(page).getByRole("alert")).toContainText("There is no offer");

    // The shared link, typed in lower case by a signed-out reader.
    const user = newUser("Offer Reader");
    await page.goto(`/subscribe/offer/${code.toLowerCase()}`);
    await expect(main(page).getByRole("heading", { level: 1 })).toHaveText(
      "Twenty off your first year",
    );
    const yearly = main(page).getByRole("listitem").filter({ hasText: "Digital yearly" });
    await expect(yearly.getByText("$72", { exact: true })).toBeVisible();
    await yearly.getByRole("link", { name: /Choose Digital yearly/ }).click();
    await signUpFromPlan(page, user, "Digital yearly");
    await expect(main(page).getByText(/20% off the first payment/)).toBeVisible();
    await expect(main(page).getByLabel("Offer code (optional)")).toHaveValue(code);
    await main(page).getByRole("button", { name: "Continue to payment" }).click();
    await expect(main(page).getByText("Discount −$18: your first payment is $72")).toBeVisible();
    await payWithCard(page, "4242 4242 4242 4242");
    await expect(
      main(page).getByRole("heading", { name: "Welcome to The Meridian" }),
    ).toBeVisible();

    const account = await openAccount(page);
    await expect(account.getByText(`${code}: 20% off the first payment`)).toBeVisible();
    const row = account.getByRole("row").filter({ hasText: "Digital yearly, one year" });
    await expect(row.getByRole("cell", { name: "$72", exact: true })).toBeVisible();
    await expect(row.getByText(`Offer ${code} (20% off): −$18`)).toBeVisible();
    await row.getByRole("link", { name: /Receipt/ }).click();
    const receipt = main(page);
    await expect(receipt.getByRole("heading", { name: "Receipt" })).toBeVisible();
    await expect(receipt.getByRole("definition").filter({ hasText: /^\$90$/ })).toBeVisible();
    await expect(receipt.getByText(`−$18 (Offer ${code} (20% off))`)).toBeVisible();
    await expect(receipt.getByRole("definition").filter({ hasText: /^\$72$/ })).toBeVisible();

    // The admin list counts the redemption.
    await gotoForm(admin, "/admin/offers");
    const offerRow = main(admin).getByRole("row").filter({ hasText: code });
    await expect(offerRow.getByRole("cell", { name: "1", exact: true })).toBeVisible();
    await adminContext.close();
  });
});
