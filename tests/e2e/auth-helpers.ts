import {
  expect as baseExpect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";

// Sign-in, sign-out and sign-up each take several requests and a page load; on a busy
// machine that is more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Accounts for browser tests. The demo accounts (prisma/seed/demo-accounts.ts) are shared
 * by every test in a run, so tests only sign in with them; anything that changes an
 * account (password, email, role, disabling, deleting) uses a fresh one from newUser().
 */
export const DEMO_PASSWORD = "demo-password";

export const DEMO = {
  reader: { email: "reader@example.com", name: "Rosa Reader", role: "READER" },
  subscriber: { email: "subscriber@example.com", name: "Sam Subscriber", role: "READER" },
  writer: { email: "writer@example.com", name: "Daniel Reyes", role: "WRITER" },
  editor: { email: "editor@example.com", name: "Celeste Duvall", role: "EDITOR" },
  admin: { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
} as const;

export type Role = "READER" | "WRITER" | "EDITOR" | "ADMIN";

export type TestUser = { name: string; email: string; password: string };

/** A unique address on every call, so parallel tests and reruns never collide. */
export function uniqueEmail(prefix = "u"): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}@example.com`;
}

/** A fresh person to sign up: unique email, a password the site accepts. */
export function newUser(name = "Test Person"): TestUser {
  return {
    name: `${name} ${Math.random().toString(36).slice(2, 7)}`,
    email: uniqueEmail(),
    password: `Lantern-river-${Math.random().toString(36).slice(2, 8)}`,
  };
}

/**
 * Waits until React has hydrated the page's forms: before that a click on a submit
 * button does nothing useful, and typed text may be replaced.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const forms = Array.from(document.querySelectorAll("main form, header details, header a"));
    return (
      forms.length > 0 &&
      forms.every((el) => Object.keys(el).some((key) => key.startsWith("__reactProps")))
    );
  });
}

/** Opens a page with a form and waits until it is interactive. */
export async function gotoForm(page: Page, path: string) {
  const response = await page.goto(path);
  await waitForHydration(page);
  return response;
}

/** The masthead's account corner once it has asked /api/me who is signed in. */
export const accountMenu = (page: Page, name: string) =>
  page.getByRole("banner").getByLabel(`Account menu for ${name}`, { exact: true });

export const mastheadSignInLink = (page: Page) =>
  page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true });

/**
 * Loads `path` and waits for the masthead to learn who is signed in (its /api/me call),
 * so "signed out" is not mistaken for "not filled in yet". Returns /api/me's user.
 */
export async function gotoAndReadMasthead(page: Page, path = "/") {
  // Leave the current page first, so its own /api/me answer cannot be mistaken for this one.
  await page.goto("about:blank");
  const me = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/me");
  await page.goto(path);
  const body = (await (await me).json()) as { user: { name: string; role: Role } | null };
  return body.user;
}

/** Expects the masthead to show `name` as signed in (not the Sign in link). */
export async function expectSignedInAs(page: Page, name: string) {
  await expect(accountMenu(page, name)).toBeVisible();
  await expect(mastheadSignInLink(page)).toHaveCount(0);
}

/** Signs up through /signup; the form signs the new person in and lands on /account. */
export async function signUpViaForm(page: Page, user: TestUser) {
  await gotoForm(page, "/signup");
  await page.getByLabel("Name", { exact: true }).fill(user.name);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByLabel("Confirm password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectSignedInAs(page, user.name);
}

/** Fills in and submits the sign-in form on the current /signin page. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await waitForHydration(page);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const answered = page.waitForResponse((response) =>
    new URL(response.url()).pathname.startsWith("/api/auth/callback/credentials"),
  );
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

/** Signs in through /signin and waits until the masthead shows the person. */
export async function signInViaForm(page: Page, email: string, password: string, name: string) {
  await gotoForm(page, "/signin");
  await submitSignIn(page, email, password);
  await expect(page).not.toHaveURL(/\/signin/);
  await expectSignedInAs(page, name);
}

/** The error the sign-in form shows (role="alert" in <main>). */
export const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");
export const formStatus = (page: Page) => page.getByRole("main").getByRole("status");

/** Signs out with the masthead's account menu; lands on the front page, signed out. */
export async function signOutViaMenu(page: Page, name: string) {
  await accountMenu(page, name).click();
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(mastheadSignInLink(page)).toBeVisible();
  await expect(accountMenu(page, name)).toHaveCount(0);
}

/**
 * Signs in over HTTP the way next-auth's client does (CSRF token, then the credentials
 * callback). With a BrowserContext's request, the session cookie lands in that context.
 */
export async function signInViaApi(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok(), `sign-in for ${email}: HTTP ${response.status()}`).toBe(true);
  const me = (await (await request.get("/api/me")).json()) as { user: { name: string } | null };
  expect(me.user, `${email} should be signed in`).not.toBeNull();
}

/** A new browser context signed in as `email`. */
export async function signedInContext(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
  password = DEMO_PASSWORD,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  await signInViaApi(context.request, email, password);
  return context;
}

/** On /admin/users: finds the person with the search form, as an admin would. */
export async function adminFindUser(page: Page, user: { email: string }) {
  await gotoForm(page, "/admin/users");
  await page.getByLabel("Name or email", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users\?q=/);
  await waitForHydration(page);
}

const userLabel = (user: { name: string; email: string }) => `${user.name} (${user.email})`;

export const roleSelect = (page: Page, user: { name: string; email: string }) =>
  page.getByLabel(`Role for ${userLabel(user)}`, { exact: true });

/** Admin changes someone's role on /admin/users and sees the confirmation. */
export async function adminSetRole(page: Page, user: { name: string; email: string }, role: Role) {
  await adminFindUser(page, user);
  await roleSelect(page, user).selectOption(role);
  await page.getByRole("button", { name: `Save role for ${userLabel(user)}`, exact: true }).click();
  await expect(formStatus(page)).toHaveText("Role changed.");
  await expect(roleSelect(page, user)).toHaveValue(role);
}

/** Admin disables (or enables) someone on /admin/users and sees the confirmation. */
export async function adminSetDisabled(
  page: Page,
  user: { name: string; email: string },
  disabled: boolean,
) {
  await adminFindUser(page, user);
  await page
    .getByRole("button", { name: `${disabled ? "Disable" : "Enable"} ${userLabel(user)}` })
    .click();
  await expect(formStatus(page)).toHaveText(disabled ? "Account disabled." : "Account enabled.");
  await expect(
    page.getByRole("button", { name: `${disabled ? "Enable" : "Disable"} ${userLabel(user)}` }),
  ).toBeVisible();
}

/**
 * The hidden `$ACTION_ID_…` field Next renders in a form bound to a Server Action: posting
 * it (as multipart form data) to the page runs that action without JavaScript.
 */
export async function actionFieldOf(form: ReturnType<Page["locator"]>): Promise<string> {
  const name = await form.locator('input[type="hidden"][name^="$ACTION_ID_"]').getAttribute("name");
  expect(name, "form should carry a $ACTION_ID_ field").toBeTruthy();
  return name!;
}
