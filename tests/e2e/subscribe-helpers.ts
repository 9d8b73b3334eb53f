import { expect as baseExpect, type Page } from "@playwright/test";
import { gotoForm, newUser, waitForHydration, type TestUser } from "./auth-helpers";

/** Steps of subscribing through the demo provider's checkout, as a reader takes them. */

const expect = baseExpect.configure({ timeout: 15_000 });

export const main = (page: Page) => page.getByRole("main");

/** From /subscribe as a signed-out reader: choose a plan, create an account, come back to it. */
export async function chooseAndSignUp(page: Page, user: TestUser, plan: string) {
  await page.goto("/subscribe");
  await main(page)
    .getByRole("link", { name: `Choose ${plan}` })
    .click();
  await expect(main(page).getByRole("heading", { level: 1, name: plan })).toBeVisible();
  await main(page).getByRole("link", { name: "Create an account" }).click();
  await waitForHydration(page);
  await page.getByLabel("Name", { exact: true }).fill(user.name);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByLabel("Confirm password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Back on the plan chosen before signing up.
  await expect(main(page).getByRole("heading", { level: 1, name: plan })).toBeVisible();
  await expect(main(page).getByText(`Subscribing as ${user.email}`)).toBeVisible();
  await expect(page.getByText("Test mode — no real payment")).toBeVisible();
  await waitForHydration(page);
}

export async function payWithCard(page: Page, number: string) {
  await expect(page).toHaveURL(/\/subscribe\/checkout\//);
  await expect(page.getByText("Test mode — no real payment")).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel("Name on card").fill("Test Reader");
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("Security code (CVC)").fill("123");
  await main(page).getByRole("button", { name: /^Pay / }).click();
}

export async function moveClock(page: Page, email: string, days: number) {
  const response = await page.request.post("/api/internal/test-clock", { data: { email, days } });
  expect(response.status()).toBe(200);
}

export async function openAccount(page: Page) {
  await gotoForm(page, "/account");
  return main(page).getByRole("region", { name: "Subscription" });
}

/** A new reader with a paid Digital yearly subscription, signed in on `page`. */
export async function newSubscriber(page: Page, name = "Subscriber"): Promise<TestUser> {
  const user = newUser(name);
  await chooseAndSignUp(page, user, "Digital yearly");
  await main(page).getByRole("button", { name: "Continue to payment" }).click();
  await payWithCard(page, "4242 4242 4242 4242");
  await expect(main(page).getByRole("heading", { name: "Welcome to The Meridian" })).toBeVisible();
  return user;
}
