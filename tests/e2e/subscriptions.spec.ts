import { expect as baseExpect, test } from "@playwright/test";
import { newUser, waitForHydration } from "./auth-helpers";
import { waitForEmail } from "./server-log";
import { chooseAndSignUp, main, moveClock, openAccount, payWithCard } from "./subscribe-helpers";

const expect = baseExpect.configure({ timeout: 15_000 });

/** A three-page subscriber-only article of the demo content (articles-foreign-environment.ts). */
const LOCKED = {
  slug: "the-long-thaw-on-the-northern-route",
  teaser: "The season is longer now.",
  /** paragraph 3 of page 1: past the two-paragraph teaser */
  pageOne: "Signe Aaltonen, who chairs the municipal council",
  pageTwo: "Two hundred kilometres up the coast from Hallstrand",
  pageThree: "Ask people in Hallstrand what they want from the new Arctic",
};

test.describe("subscribing and the paywall", () => {
  test("sign up, pay for Digital yearly, read every page with no ads, listen, cancel, lose access when the period ends", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const user = newUser("Yearly");

    // Before subscribing (anonymous): teaser, locked player, an ad.
    await page.goto(`/articles/${LOCKED.slug}`);
    await expect(main(page).getByText(LOCKED.teaser)).toBeVisible();
    await expect(main(page).getByText(LOCKED.pageOne)).toHaveCount(0);
    const lockedPlayer = main(page).getByRole("region", { name: "Listen to this article" });
    await expect(lockedPlayer.getByRole("link", { name: "Subscribe to listen" })).toBeVisible();
    await expect(main(page).getByRole("complementary", { name: "Advertisement" })).toBeVisible();

    await chooseAndSignUp(page, user, "Digital yearly");
    await main(page).getByRole("button", { name: "Continue to payment" }).click();
    await payWithCard(page, "4242 4242 4242 4242");
    await expect(
      main(page).getByRole("heading", { name: "Welcome to The Meridian" }),
    ).toBeVisible();
    await waitForEmail(user.email, { subject: "Your receipt", link: true });

    // Every page in full, and no ads anywhere.
    for (const [n, sentence] of [
      [1, LOCKED.pageOne],
      [2, LOCKED.pageTwo],
      [3, LOCKED.pageThree],
    ] as const) {
      await page.goto(n === 1 ? `/articles/${LOCKED.slug}` : `/articles/${LOCKED.slug}/${n}`);
      await expect(main(page).getByText(sentence)).toBeVisible();
      await expect(page.getByRole("complementary", { name: "Advertisement" })).toHaveCount(0);
      await expect(main(page).getByRole("heading", { name: /Continue reading/ })).toHaveCount(0);
    }
    await page.goto("/");
    await expect(main(page).getByRole("heading", { name: "Latest", exact: true })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Advertisement" })).toHaveCount(0);

    // The Listen player reads the article with the browser's speech synthesis (the demo
    // articles have no uploaded narration). Headless Chromium has no voices, so a stand-in
    // engine records what it is asked to say and finishes each paragraph on request.
    await page.addInitScript(() => {
      const spoken: SpeechSynthesisUtterance[] = [];
      const engine = {
        paused: false,
        speaking: false,
        pending: false,
        speak(utterance: SpeechSynthesisUtterance) {
          spoken.push(utterance);
        },
        cancel() {},
        pause() {
          this.paused = true;
        },
        resume() {
          this.paused = false;
        },
        getVoices: () => [],
        addEventListener() {},
        removeEventListener() {},
      };
      Object.defineProperty(window, "speechSynthesis", { value: engine, configurable: true });
      Object.assign(window, {
        spokenTexts: () => spoken.map((utterance) => utterance.text),
        finishParagraph: () => spoken.at(-1)?.onend?.(new Event("end") as SpeechSynthesisEvent),
      });
    });
    await page.goto(`/articles/${LOCKED.slug}`);
    const player = main(page).getByRole("region", { name: "Listen to this article" });
    await expect(player).toBeVisible();
    await expect(player.getByRole("link", { name: "Subscribe to listen" })).toHaveCount(0);
    await waitForHydration(page);
    await player.getByRole("button", { name: "Play" }).click();
    await expect(player.getByRole("button", { name: "Pause" })).toBeVisible();
    const body = main(page).locator("#article-body");
    await expect(body.locator("[aria-current]")).toHaveCount(1);
    const first = await body.locator("[aria-current]").innerText();
    expect(
      await page.evaluate(() => (window as unknown as { spokenTexts(): string[] }).spokenTexts()),
    ).toEqual([first]);
    // When a paragraph ends, the next one is read and highlighted.
    await page.evaluate(() => (window as unknown as { finishParagraph(): void }).finishParagraph());
    await expect(player.getByText("Paragraph 2 of")).toBeVisible();
    await expect(body.locator("[aria-current]")).not.toHaveText(first);
    await player.getByRole("button", { name: "Pause" }).click();
    await expect(player.getByRole("button", { name: "Resume" })).toBeVisible();

    // Cancel: access continues until the period ends.
    const subscription = await openAccount(page);
    await expect(subscription.getByText("Digital yearly", { exact: true })).toBeVisible();
    await expect(subscription.getByText("Next renewal")).toBeVisible();
    await subscription.getByRole("button", { name: "Cancel subscription" }).click();
    await subscription.getByRole("button", { name: "Yes, cancel" }).click();
    await expect(subscription.getByText(/Cancelled — access continues/).first()).toBeVisible();
    await waitForEmail(user.email, { subject: "will not renew", link: true });
    await page.goto(`/articles/${LOCKED.slug}/3`);
    await expect(main(page).getByText(LOCKED.pageThree)).toBeVisible();

    // A year and a day later: the period is over, the text is locked again, ads are back.
    await moveClock(page, user.email, 366);
    await page.goto(`/articles/${LOCKED.slug}`);
    await expect(main(page).getByText(LOCKED.teaser)).toBeVisible();
    await expect(main(page).getByText(LOCKED.pageOne)).toHaveCount(0);
    await expect(main(page).getByRole("heading", { name: /Continue reading/ })).toBeVisible();
    await expect(main(page).getByRole("complementary", { name: "Advertisement" })).toBeVisible();
    const ended = await openAccount(page);
    await expect(ended.getByRole("definition").filter({ hasText: /^Ended$/ })).toBeVisible();
    await expect(ended.getByRole("link", { name: "Subscribe again" })).toBeVisible();
  });

  test("a declined card gets a clear message and no subscription", async ({ page }) => {
    const user = newUser("Declined");
    await chooseAndSignUp(page, user, "Digital monthly");
    await main(page).getByRole("button", { name: "Continue to payment" }).click();
    await payWithCard(page, "4000 0000 0000 0002");
    await expect(main(page).getByRole("alert").first()).toContainText("Your card was declined");
    await expect(page).toHaveURL(/\/subscribe\/checkout\//);
    await expect(page.getByLabel("Name on card")).toHaveValue("Test Reader");

    const subscription = await openAccount(page);
    await expect(subscription.getByText("You do not subscribe yet.")).toBeVisible();
    await page.goto(`/articles/${LOCKED.slug}`);
    await expect(main(page).getByText(LOCKED.pageOne)).toHaveCount(0);
  });

  test("Digital + Print with an address, then cancel and refund on day 10", async ({ page }) => {
    test.setTimeout(90_000);
    const user = newUser("Print");
    await chooseAndSignUp(page, user, "Digital + Print yearly");

    // The address is checked before payment, and what was typed stays.
    await page.getByLabel("Name on the label").fill(user.name);
    await page.getByLabel("Street address").fill("221 Baker Street");
    await page.getByLabel("City or town").fill("London");
    await page.getByLabel("Postal code").fill("not a code");
    await page.getByLabel("Country").selectOption("GB");
    await main(page).getByRole("button", { name: "Continue to payment" }).click();
    await expect(main(page).getByText(/not a postal code in United Kingdom/)).toBeVisible();
    await expect(page.getByLabel("Street address")).toHaveValue("221 Baker Street");
    await page.getByLabel("Postal code").fill("NW1 6XE");
    await main(page).getByRole("button", { name: "Continue to payment" }).click();
    await payWithCard(page, "4242424242424242");
    await expect(
      main(page).getByRole("heading", { name: "Welcome to The Meridian" }),
    ).toBeVisible();

    await moveClock(page, user.email, 10);
    const subscription = await openAccount(page);
    await expect(subscription.getByText("Digital + Print yearly", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Postal code")).toHaveValue("NW1 6XE");
    await subscription.getByRole("button", { name: "Cancel and refund" }).click();
    await subscription.getByRole("button", { name: "Yes, cancel and refund" }).click();
    // The page shows the new state at once, and again after a reload.
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await expect(
        subscription.getByRole("definition").filter({ hasText: /^Ended$/ }),
      ).toBeVisible();
      await expect(subscription.getByRole("cell", { name: "Refunded" })).toBeVisible();
      await expect(subscription.getByRole("button", { name: "Cancel and refund" })).toHaveCount(0);
    }
    await waitForEmail(user.email, { subject: "Refund of $140", link: true });

    await page.goto(`/articles/${LOCKED.slug}/2`);
    await expect(main(page).getByText(LOCKED.pageTwo)).toHaveCount(0);
  });
});
