import { test, expect as baseExpect } from "@playwright/test";
import {
  formAlert,
  gotoAndReadMasthead,
  gotoForm,
  newUser,
  signUpViaForm,
  submitSignIn,
} from "../e2e/auth-helpers";
import {
  SIGN_IN_LIMIT_PER_ACCOUNT,
  TOO_MANY_ATTEMPTS,
  WRONG_CREDENTIALS,
} from "../../lib/users/authenticate";
import { serverA, serverB } from "./cluster";

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Failed sign-ins are counted in the shared database, not per server: someone guessing a
 * password gets the same number of tries whether the guesses land on one server or on
 * several (tests/e2e/accounts.spec.ts has the same lock on one server).
 */
test("wrong passwords alternately on A and B lock the account after the same number of tries", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const a = serverA();
  const b = serverB();
  const user = newUser("Cluster Lockout");

  const context = await browser.newContext({ baseURL: a.origin });
  const page = await context.newPage();
  await signUpViaForm(page, user);
  await context.clearCookies();

  const signInOn = async (origin: string, password: string) => {
    await gotoForm(page, `${origin}/signin`);
    const posted = page.waitForResponse(
      (response) =>
        response.url().startsWith(`${origin}/api/auth/callback/credentials`) &&
        response.request().method() === "POST",
    );
    await submitSignIn(page, user.email, password);
    await posted;
  };

  // The limit (5): four wrong passwords are just wrong, A, B, A, B...
  const servers = [a.origin, b.origin];
  for (let attempt = 1; attempt < SIGN_IN_LIMIT_PER_ACCOUNT; attempt++) {
    await signInOn(servers[(attempt - 1) % 2]!, `wrong-password-${attempt}`);
    await expect(formAlert(page), `attempt ${attempt}`).toHaveText(WRONG_CREDENTIALS);
  }
  // ...and the fifth, wherever it lands (here A), uses up the allowance.
  await signInOn(servers[(SIGN_IN_LIMIT_PER_ACCOUNT - 1) % 2]!, "wrong-password-last");
  await expect(formAlert(page)).toHaveText(TOO_MANY_ATTEMPTS);

  // Locked: the right password is refused on both servers, and nobody is signed in.
  for (const origin of [b.origin, a.origin]) {
    await signInOn(origin, user.password);
    await expect(formAlert(page), `right password on ${origin}`).toHaveText(TOO_MANY_ATTEMPTS);
    await expect(page).toHaveURL(new RegExp(`^${origin}/signin`));
    expect(await gotoAndReadMasthead(page, `${origin}/`)).toBeNull();
  }
  await context.close();
});
