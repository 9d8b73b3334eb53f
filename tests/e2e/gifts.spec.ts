import { expect as baseExpect, test } from "@playwright/test";
import { gotoForm, newUser, uniqueEmail, waitForHydration } from "./auth-helpers";
import { emailsTo, waitForEmail } from "./server-log";
import { main, moveClock, openAccount } from "./subscribe-helpers";

const expect = baseExpect.configure({ timeout: 15_000 });

/** A subscriber-only article of the demo content, and a sentence past its teaser. */
const LOCKED = {
  slug: "the-long-thaw-on-the-northern-route",
  pastTeaser: "Signe Aaltonen, who chairs the municipal council",
};

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.describe("gift subscriptions", () => {
  test("bought signed out, delivered on its date, redeemed by a new account, never renewed", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const recipient = newUser("Gifted");
    const buyerEmail = uniqueEmail("giver");
    const buyerName = "Gwen Giver";

    // Signed out: the gift form, with the prices shown before paying.
    await gotoForm(page, "/subscribe/gift");
    await expect(
      main(page).getByRole("heading", { level: 1, name: "Give The Meridian" }),
    ).toBeVisible();
    await expect(
      main(page).getByRole("row", { name: /^Digital \$22\.50 \$45 \$90$/ }),
    ).toBeVisible();
    await main(page)
      .getByRole("radio", { name: /^Digital Every article/ })
      .check();
    await main(page)
      .getByRole("radio", { name: /^6 months/ })
      .check();
    await page.getByLabel("Their name").fill(recipient.name);
    await page.getByLabel("Their email").fill("not an address");
    await page
      .getByLabel("Your message (optional)")
      .fill("Happy birthday!\n<script>alert(1)</script>");
    await page.getByLabel("Delivery date").fill(day(5));
    await page.getByLabel("Your name").fill(buyerName);
    await page.getByLabel("Your email").fill(buyerEmail);
    await main(page).getByRole("button", { name: "Continue to payment ($45)" }).click();

    // Refused on the server, with everything typed kept.
    await expect(
      main(page).getByText("Enter an email address like name@example.com."),
    ).toBeVisible();
    await expect(page.getByLabel("Their name")).toHaveValue(recipient.name);
    await expect(page.getByLabel("Your message (optional)")).toHaveValue(
      "Happy birthday!\n<script>alert(1)</script>",
    );
    await expect(main(page).getByRole("radio", { name: /^6 months/ })).toBeChecked();
    await page.getByLabel("Their email").fill(recipient.email);
    await main(page).getByRole("button", { name: "Continue to payment ($45)" }).click();

    await expect(page).toHaveURL(/\/subscribe\/gift\/checkout\//);
    await expect(page.getByText("Test mode — no real payment")).toBeVisible();
    await waitForHydration(page);
    await page.getByLabel("Name on card").fill(buyerName);
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByLabel("Expiry (MM/YY)").fill("12/34");
    await page.getByLabel("Security code (CVC)").fill("123");
    await main(page).getByRole("button", { name: "Pay $45" }).click();
    await expect(
      main(page).getByRole("heading", { name: "Thank you for your gift" }),
    ).toBeVisible();
    await expect(main(page).getByText(/We will email .* their gift on/)).toBeVisible();
    await waitForEmail(buyerEmail, { subject: "Your gift receipt", link: false });

    // Not before its date; on it, the scheduler emails it (the test clock moves 5 days).
    expect(emailsTo(recipient.email)).toHaveLength(0);
    await moveClock(page, recipient.email, 5);
    const gift = await waitForEmail(recipient.email, { subject: `${buyerName} has given you` });
    expect(gift.url).toContain("/gift/redeem?code=");

    // The link: the gift, then an account, then one button.
    await page.goto(gift.url);
    await expect(
      main(page).getByRole("heading", { name: `A gift from ${buyerName}` }),
    ).toBeVisible();
    // The message is text, not markup.
    await expect(main(page).getByText("<script>alert(1)</script>")).toBeVisible();
    await main(page).getByRole("link", { name: "Create an account" }).click();
    await waitForHydration(page);
    await page.getByLabel("Name", { exact: true }).fill(recipient.name);
    await page.getByLabel("Email", { exact: true }).fill(recipient.email);
    await page.getByLabel("Password", { exact: true }).fill(recipient.password);
    await page.getByLabel("Confirm password", { exact: true }).fill(recipient.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(
      main(page).getByRole("heading", { name: `A gift from ${buyerName}` }),
    ).toBeVisible();
    await expect(main(page).getByText(`on the account ${recipient.email}`)).toBeVisible();
    await waitForHydration(page);
    await main(page).getByRole("button", { name: "Redeem gift" }).click();
    await expect(main(page).getByRole("heading", { name: "Your gift has started" })).toBeVisible();

    // The whole text, and the gift on /account with nothing to cancel or renew.
    await page.goto(`/articles/${LOCKED.slug}`);
    await expect(main(page).getByText(LOCKED.pastTeaser)).toBeVisible();
    const subscription = await openAccount(page);
    await expect(subscription.getByText(`Gift from ${buyerName}, ends on`)).toBeVisible();
    await expect(subscription.getByText("does not renew")).toBeVisible();
    await expect(subscription.getByRole("button")).toHaveCount(0);

    // The same link again: used.
    await page.goto(gift.url);
    await expect(main(page).getByRole("alert")).toContainText(
      "You have already redeemed this gift",
    );

    // Past its end (6 months): access ends, nothing is charged.
    await moveClock(page, recipient.email, 190);
    const ended = await openAccount(page);
    await expect(ended.getByRole("definition").filter({ hasText: /^Ended$/ })).toBeVisible();
    await expect(ended.getByRole("heading", { name: "Payment history" })).toHaveCount(0);
    await page.goto(`/articles/${LOCKED.slug}`);
    await expect(main(page).getByText(LOCKED.pastTeaser)).toHaveCount(0);
  });

  test("an unknown code gets a message, not an error page", async ({ page }) => {
    const response = await page.goto("/gift/redeem?code=AAAAA-BBBBB-CCCCC-DDDDD");
    expect(response?.status()).toBe(200);
    await expect(main(page).getByRole("alert")).toContainText("We have no gift with that code");
    await expect(page.getByLabel("Gift code")).toHaveValue("AAAAA-BBBBB-CCCCC-DDDDD");
  });
});
