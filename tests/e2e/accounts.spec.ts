import { test, expect as baseExpect, type Page } from "@playwright/test";
import {
  DEMO,
  DEMO_PASSWORD,
  accountMenu,
  expectSignedInAs,
  formAlert,
  formStatus,
  gotoAndReadMasthead,
  gotoForm,
  mastheadSignInLink,
  newUser,
  signInViaApi,
  signInViaForm,
  signOutViaMenu,
  signUpViaForm,
  submitSignIn,
  uniqueEmail,
  waitForHydration,
} from "./auth-helpers";
import { emailsTo, waitForEmail } from "./server-log";

/**
 * Accounts as a person uses them: sign up, sign in and out, passwords, email address,
 * name, deleting the account. Every test that changes an account makes its own.
 *
 * Failed sign-ins can count against a per-IP allowance (30 per 15 minutes) that every
 * test shares, so the whole file spends only a handful: each is commented where it happens.
 */

// Whole journeys (several sign-ins, argon2 hashing, server round trips): more than the
// default 30 s when the machine is busy.
test.describe.configure({ timeout: 180_000 });

// Page loads and redirects can take a while on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const WRONG_CREDENTIALS = "That email and password do not match an account.";
const TOO_MANY_ATTEMPTS =
  "Too many sign-in attempts. Wait 15 minutes and try again, or reset your password.";
const RESET_SENT =
  "If an account uses that address, we have sent it a link to reset the password. The link works once, for an hour.";

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const fieldError = async (page: Page, label: string) => {
  const input = field(page, label);
  const id = await input.getAttribute("id");
  return page.locator(`[id="${id}-error"]`);
};

test.describe("signing up, in and out", () => {
  test("sign up → name in masthead → sign out → sign in → change password → only the new one works", async ({
    page,
    browser,
    baseURL,
  }) => {
    const user = newUser("Paula Password");
    await signUpViaForm(page, user);
    await expect(page.getByText(`Signed in as ${user.name} (${user.email}).`)).toBeVisible();

    await signOutViaMenu(page, user.name);
    expect(await gotoAndReadMasthead(page, "/")).toBeNull();

    // A protected page sends a signed-out visitor to sign in, and back afterwards.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?from=%2Faccount$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await submitSignIn(page, user.email, user.password);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expectSignedInAs(page, user.name);

    // Another browser signed in with the old password, to see that its session ends too.
    const elsewhere = await browser.newContext({ baseURL });
    await signInViaApi(elsewhere.request, user.email, user.password);
    expect((await elsewhere.request.get("/account", { maxRedirects: 0 })).status()).toBe(200);
    // …where a reset link was also asked for: changing the password must void it.
    const elsewherePage = await elsewhere.newPage();
    await gotoForm(elsewherePage, "/forgot-password");
    await elsewherePage.getByLabel("Email", { exact: true }).fill(user.email);
    await elsewherePage.getByRole("button", { name: "Send reset link" }).click();
    await expect(formStatus(elsewherePage)).toHaveText(RESET_SENT);
    const pendingReset = await waitForEmail(user.email, { subject: "Reset your password" });

    const newPassword = `${user.password}-changed`;
    await waitForHydration(page);
    const passwordSection = page.getByRole("region", { name: "Password", exact: true });
    await passwordSection.getByLabel("Current password", { exact: true }).fill(user.password);
    await passwordSection.getByLabel("New password", { exact: true }).fill(newPassword);
    await passwordSection.getByLabel("Confirm new password", { exact: true }).fill(newPassword);
    await passwordSection.getByRole("button", { name: "Change password" }).click();
    // Changing the password ends every session, this one too: sign in again.
    await expect(page).toHaveURL(/\/signin\?from=\/account$/);
    expect(await gotoAndReadMasthead(page, "/signin?from=/account")).toBeNull();
    const stale = await elsewhere.request.get("/account", { maxRedirects: 0 });
    expect(stale.status(), "the other browser's session ended with the password change").toBe(307);
    expect(stale.headers()["location"]).toContain("/signin");
    await gotoForm(elsewherePage, pendingReset.url);
    await elsewherePage.getByLabel("New password", { exact: true }).fill("Sneaky-new-password-1");
    await elsewherePage
      .getByLabel("Confirm new password", { exact: true })
      .fill("Sneaky-new-password-1");
    await elsewherePage.getByRole("button", { name: "Set new password" }).click();
    await expect(formAlert(elsewherePage)).toHaveText(
      "This reset link has expired or was already used. Ask for a new one.",
    );
    await elsewhere.close();

    // Failed sign-in #1 of this file.
    await submitSignIn(page, user.email, user.password);
    await expect(formAlert(page)).toHaveText(WRONG_CREDENTIALS);
    await expect(page).toHaveURL(/\/signin/);

    await submitSignIn(page, user.email, newPassword);
    await expect(page).toHaveURL(/\/account$/);
    await expectSignedInAs(page, user.name);
  });

  test("forgot password: same answer for unknown addresses, emailed link works once", async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    const user = newUser("Felix Forgetful");
    await signUpViaForm(page, user);
    await context.clearCookies();

    const unknown = uniqueEmail("nobody");
    await gotoForm(page, "/signin");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Forgot your password?" }),
    ).toBeVisible();
    await waitForHydration(page);

    await field(page, "Email").fill(unknown);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(formStatus(page)).toHaveText(RESET_SENT);
    const unknownAnswer = await page.getByRole("main").innerText();

    await field(page, "Email").fill(user.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(field(page, "Email")).toHaveValue(user.email);
    await expect(formStatus(page)).toHaveText(RESET_SENT);
    // Nothing on the page tells the two apart, except the address typed in.
    expect((await page.getByRole("main").innerText()).replace(user.email, "")).toBe(
      unknownAnswer.replace(unknown, ""),
    );

    const email = await waitForEmail(user.email, { subject: "Reset your password" });
    expect(emailsTo(unknown)).toHaveLength(0);
    expect(new URL(email.url).pathname).toBe("/reset-password");

    // A session signed in with the old password, elsewhere: the reset ends it.
    const elsewhere = await browser.newContext({ baseURL });
    await signInViaApi(elsewhere.request, user.email, user.password);

    const newPassword = `Reset-${user.password}`;
    await gotoForm(page, email.url);
    await expect(
      page.getByRole("heading", { level: 1, name: "Choose a new password" }),
    ).toBeVisible();
    await field(page, "New password").fill(newPassword);
    await field(page, "Confirm new password").fill(newPassword);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(formStatus(page)).toHaveText(
      "Your password was changed. You can sign in with it now.",
    );
    const stale = await elsewhere.request.get("/account", { maxRedirects: 0 });
    expect(stale.status(), "the old session ended with the reset").toBe(307);
    expect(stale.headers()["location"]).toContain("/signin");
    await elsewhere.close();

    await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await submitSignIn(page, user.email, newPassword);
    await expect(page).not.toHaveURL(/\/signin/);
    await expectSignedInAs(page, user.name);

    // The same link a second time is refused, and the password stays as it is.
    await context.clearCookies();
    await gotoForm(page, email.url);
    await field(page, "New password").fill("Another-new-password-1");
    await field(page, "Confirm new password").fill("Another-new-password-1");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(formAlert(page)).toHaveText(
      "This reset link has expired or was already used. Ask for a new one.",
    );
    await signInViaForm(page, user.email, newPassword, user.name);
  });

  test("five wrong passwords lock the account for a while", async ({ page, context }) => {
    const user = newUser("Lockout Lou");
    await signUpViaForm(page, user);
    await context.clearCookies();

    await gotoForm(page, "/signin");
    // Failed sign-ins #2–#6 of this file; the fifth already answers with the limit.
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submitSignIn(page, user.email, `wrong-password-${attempt}`);
      await expect(formAlert(page)).toHaveText(WRONG_CREDENTIALS);
    }
    await submitSignIn(page, user.email, "wrong-password-5");
    await expect(formAlert(page)).toHaveText(TOO_MANY_ATTEMPTS);

    // While locked, even the right password is refused (without counting another failure).
    await submitSignIn(page, user.email, user.password);
    await expect(formAlert(page)).toHaveText(TOO_MANY_ATTEMPTS);
    await expect(page).toHaveURL(/\/signin/);
    expect(await gotoAndReadMasthead(page, "/")).toBeNull();
  });

  test("without SMTP there is no email sign-in link on /signin", async ({ page }) => {
    await gotoForm(page, "/signin");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Or get a sign-in link by email" })).toHaveCount(
      0,
    );
    await expect(page.getByRole("button", { name: "Email me a link" })).toHaveCount(0);
    // A made-up link signs no one in.
    await gotoForm(page, `/signin/link?token=${"x".repeat(43)}`);
    await page.getByRole("button", { name: "Sign in to The Meridian" }).click();
    await expect(formAlert(page)).toHaveText(
      "This sign-in link has expired or was already used. Ask for a new one.",
    );
    expect(await gotoAndReadMasthead(page, "/")).toBeNull();
  });
});

test.describe("where sign-in and sign-up lead", () => {
  /** `from` values that must not take anyone off the site (browsers drop the tab and newline). */
  const OFFSITE = ["/\t/example.org/phish", "/\n/example.org/phish", "//example.org/phish"];

  test("a `from` pointing off the site is not followed after signing up or in", async ({
    page,
    context,
    baseURL,
  }) => {
    const site = new URL(baseURL!).origin;
    // Should the site send the browser away, it lands here instead of the real internet.
    await context.route(
      (url) => url.origin !== site,
      (route) => route.fulfill({ contentType: "text/html", body: "<h1>Somewhere else</h1>" }),
    );
    const user = newUser("Otis Offsite");
    await gotoForm(page, `/signup?from=${encodeURIComponent(OFFSITE[0]!)}`);
    await field(page, "Name").fill(user.name);
    await field(page, "Email").fill(user.email);
    await field(page, "Password").fill(user.password);
    await field(page, "Confirm password").fill(user.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).not.toHaveURL(/\/signup/);
    expect.soft(new URL(page.url()).origin, `after sign-up: ${page.url()}`).toBe(site);

    // Signed in, /signin and /signup send the person on at once: to this site only.
    for (const path of ["/signin", "/signup"]) {
      for (const from of OFFSITE) {
        const response = await page.request.get(`${path}?from=${encodeURIComponent(from)}`, {
          maxRedirects: 0,
        });
        const label = `${path}?from=${JSON.stringify(from)}`;
        expect.soft(response.status(), label).toBeLessThan(500);
        const location = response.headers()["location"];
        if (location)
          expect.soft(new URL(location, site).origin, `${label} → ${location}`).toBe(site);
      }
    }

    await context.clearCookies();
    await gotoForm(page, `/signin?from=${encodeURIComponent(OFFSITE[0]!)}`);
    await submitSignIn(page, user.email, user.password);
    await expect(page).not.toHaveURL(/\/signin/);
    expect.soft(new URL(page.url()).origin, `after sign-in: ${page.url()}`).toBe(site);
  });
});

test.describe("sign-up form with bad input", () => {
  // "No crash": no uncaught error in the page, and the form is still there afterwards.
  const pageErrors: Error[] = [];
  test.beforeEach(({ page }) => {
    pageErrors.length = 0;
    page.on("pageerror", (error) => pageErrors.push(error));
  });
  test.afterEach(() => {
    expect(pageErrors.map(String)).toEqual([]);
  });

  const submit = (page: Page) => page.getByRole("button", { name: "Create account" }).click();

  test("empty fields get clear messages", async ({ page }) => {
    await gotoForm(page, "/signup");
    await submit(page);
    await expect(formAlert(page)).toHaveText("Please correct the highlighted fields.");
    await expect(await fieldError(page, "Name")).toHaveText("Enter your name.");
    await expect(await fieldError(page, "Email")).toHaveText("Enter your email address.");
    await expect(await fieldError(page, "Password")).toHaveText(
      "Passwords need at least 10 characters.",
    );
    for (const label of ["Name", "Email", "Password"])
      await expect(field(page, label)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
    expect(await gotoAndReadMasthead(page, "/")).toBeNull();
  });

  test("a 10 kB name is refused with a clear message; what was typed stays", async ({ page }) => {
    const user = newUser();
    await gotoForm(page, "/signup");
    await field(page, "Name").fill("N".repeat(10_240));
    await field(page, "Email").fill(user.email);
    await field(page, "Password").fill(user.password);
    await field(page, "Confirm password").fill(user.password);
    const typedName = await field(page, "Name").inputValue();
    await submit(page);
    await expect(await fieldError(page, "Name")).toHaveText("Names can be at most 100 characters.");
    await expect(field(page, "Name")).toHaveValue(typedName);
    await expect(field(page, "Email")).toHaveValue(user.email);
    await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
    // The refused attempt did not take the address.
    await field(page, "Name").fill("Short Name");
    await field(page, "Password").fill(user.password);
    await field(page, "Confirm password").fill(user.password);
    await submit(page);
    await expect(page).toHaveURL(/\/account$/);
  });

  test("an invalid email address, mismatched passwords and a common password", async ({ page }) => {
    const user = newUser();
    await gotoForm(page, "/signup");
    await field(page, "Name").fill(user.name);
    await field(page, "Email").fill("not-an-email");
    await field(page, "Password").fill(user.password);
    await field(page, "Confirm password").fill(`${user.password}x`);
    await submit(page);
    await expect(await fieldError(page, "Email")).toHaveText(
      "Enter an email address like name@example.com.",
    );
    await expect(await fieldError(page, "Confirm password")).toHaveText(
      "The passwords do not match.",
    );
    await expect(field(page, "Name")).toHaveValue(user.name);
    await expect(field(page, "Email")).toHaveValue("not-an-email");

    await field(page, "Email").fill(user.email);
    await field(page, "Password").fill("password123");
    await field(page, "Confirm password").fill("password123");
    await submit(page);
    await expect(await fieldError(page, "Password")).toHaveText(
      "That password is too common. Choose one that is harder to guess.",
    );
    await expect(page).toHaveURL(/\/signup$/);
  });

  test("an address that already has an account", async ({ page }) => {
    await gotoForm(page, "/signup");
    await field(page, "Name").fill("Someone Else");
    await field(page, "Email").fill(DEMO.reader.email.toUpperCase());
    await field(page, "Password").fill("Some-long-password-1");
    await field(page, "Confirm password").fill("Some-long-password-1");
    await submit(page);
    await expect(await fieldError(page, "Email")).toContainText("An account with this email");
    await expect(await fieldError(page, "Email")).toContainText("already exists");
    await expect(page).toHaveURL(/\/signup$/);
    expect(await gotoAndReadMasthead(page, "/")).toBeNull();
  });

  test("a name with markup and SQL is stored and shown as plain text", async ({
    page,
    browser,
    baseURL,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const user = { ...newUser(), name: `<img src=x onerror=alert(1)>'); DROP TABLE User;--` };
    await signUpViaForm(page, user);

    await expect(page.getByText(`Signed in as ${user.name} (${user.email}).`)).toBeVisible();
    await expect(field(page, "Name")).toHaveValue(user.name);
    await expect(accountMenu(page, user.name)).toHaveText(
      new RegExp(`^${escapeRegExp(user.name)}`),
    );
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    // The users table is still there: sign out and back in, and an admin sees the name as text.
    await signOutViaMenu(page, user.name);
    await signInViaForm(page, user.email, user.password, user.name);
    const admin = await browser.newContext({ baseURL });
    await signInViaApi(admin.request, DEMO.admin.email, DEMO_PASSWORD);
    const adminPage = await admin.newPage();
    adminPage.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await adminPage.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
    await expect(adminPage.getByRole("cell", { name: user.name, exact: true })).toBeVisible();
    await expect(adminPage.locator('img[src="x"]')).toHaveCount(0);
    await admin.close();
    expect(dialogs).toEqual([]);
  });
});

test.describe("account settings", () => {
  test("a saved name shows in the masthead straight away", async ({ page }) => {
    const user = newUser("Otto Old");
    await signUpViaForm(page, user);
    const newName = `Otto New ${Math.random().toString(36).slice(2, 6)}`;
    await waitForHydration(page);
    await field(page, "Name").fill(newName);
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByRole("region", { name: "Profile" }).getByRole("status")).toHaveText(
      "Your name was saved.",
    );
    // The page says it is saved, so the masthead should agree without a reload.
    await expectSignedInAs(page, newName);
  });

  test("change name, then email address through the emailed link; sign in with the new one", async ({
    page,
  }) => {
    const user = newUser("Nora Name");
    await signUpViaForm(page, user);

    const newName = `Nora Renamed ${Math.random().toString(36).slice(2, 6)}`;
    await waitForHydration(page);
    await field(page, "Name").fill(newName);
    await page.getByRole("button", { name: "Save name" }).click();
    const profile = page.getByRole("region", { name: "Profile" });
    await expect(profile.getByRole("status")).toHaveText("Your name was saved.");
    await expect(field(page, "Name")).toHaveValue(newName);
    await gotoForm(page, "/account");
    await expect(page.getByText(`Signed in as ${newName} (${user.email}).`)).toBeVisible();
    await expectSignedInAs(page, newName);

    const newEmail = uniqueEmail("moved");
    const emailSection = page.getByRole("region", { name: "Email address" });
    await field(page, "New email address").fill(newEmail);
    await page.getByRole("button", { name: "Change email" }).click();
    await expect(emailSection.getByRole("status")).toHaveText(
      `We sent a confirmation link to ${newEmail}. Your address changes when you follow it.`,
    );
    // Nothing changes until the link is followed; the old address is told about it.
    await expect(emailSection.getByText(`Your address is ${user.email}.`)).toBeVisible();
    const notice = await waitForEmail(user.email, {
      subject: "Your email address is about to change",
      link: false,
    });
    expect(notice.body).toContain(newEmail);
    const confirm = await waitForEmail(newEmail, { subject: "Confirm your new email address" });
    expect(new URL(confirm.url).pathname).toBe("/account/confirm-email");

    await page.goto(confirm.url);
    await expect(
      page.getByRole("heading", { level: 1, name: "Confirm your email address" }),
    ).toBeVisible();
    await expect(formStatus(page)).toHaveText("Your email address was changed.");
    await page.getByRole("link", { name: "Back to your account" }).click();
    await expect(page.getByText(`Signed in as ${newName} (${newEmail}).`)).toBeVisible();

    // The link works once.
    await page.goto(confirm.url);
    await expect(formAlert(page)).toHaveText(
      "This confirmation link has expired or was already used.",
    );

    await signOutViaMenu(page, newName);
    await signInViaForm(page, newEmail, user.password, newName);
    await signOutViaMenu(page, newName);
    // Failed sign-in #7 of this file: the old address no longer signs in.
    await gotoForm(page, "/signin");
    await submitSignIn(page, user.email, user.password);
    await expect(formAlert(page)).toHaveText(WRONG_CREDENTIALS);
  });

  test("delete the account: a wrong confirmation is refused, the right one signs out for good", async ({
    page,
  }) => {
    const user = newUser("Dana Delete");
    await signUpViaForm(page, user);
    await waitForHydration(page);

    const section = page.getByRole("region", { name: "Delete your account" });
    const password = section.getByLabel("Your password", { exact: true });
    const confirm = section.getByLabel("Type DELETE to confirm", { exact: true });
    const deleteButton = section.getByRole("button", { name: "Delete my account" });
    // The label “Your password” must name this form's own password box (not another form's).
    await expect(
      password,
      "the delete form's password box is labelled “Your password”",
    ).toHaveCount(1);
    await expect(
      page.getByRole("region", { name: "Password", exact: true }).getByLabel("Your password"),
      "“Your password” labels nothing in the change-password form",
    ).toHaveCount(0);

    await password.fill(user.password);
    await confirm.fill("delete");
    await deleteButton.click();
    await expect(confirm).toHaveAccessibleDescription("Type DELETE in capitals to confirm.");
    await expect(confirm).toHaveValue("delete");

    await password.fill(`${user.password}-wrong`);
    await confirm.fill("DELETE");
    await deleteButton.click();
    await expect(password).toHaveAccessibleDescription("That is not your password.");
    await page.reload();
    await expectSignedInAs(page, user.name);
    await waitForHydration(page);

    await password.fill(user.password);
    await confirm.fill("DELETE");
    await deleteButton.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(mastheadSignInLink(page)).toBeVisible();
    expect(await gotoAndReadMasthead(page, "/")).toBeNull();

    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?from=%2Faccount$/);
    // Failed sign-in #8 of this file.
    await submitSignIn(page, user.email, user.password);
    await expect(formAlert(page)).toHaveText(WRONG_CREDENTIALS);
    await expect(page).toHaveURL(/\/signin/);

    // The address is free again.
    await signUpViaForm(page, { ...user, name: "Dana Returns" });
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
