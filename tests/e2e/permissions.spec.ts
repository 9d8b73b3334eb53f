import {
  test,
  expect as baseExpect,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import {
  DEMO,
  DEMO_PASSWORD,
  accountMenu,
  actionFieldOf,
  adminSetDisabled,
  adminSetRole,
  formAlert,
  gotoAndReadMasthead,
  gotoForm,
  mastheadSignInLink,
  newUser,
  roleSelect,
  signInViaApi,
  signUpViaForm,
  submitSignIn,
  type Role,
  type TestUser,
} from "./auth-helpers";

/**
 * Who may open which page, and whether Server Actions check the caller themselves
 * (rather than trusting that only the right people see the form).
 */

// Whole journeys (several sign-ins, argon2 hashing, server round trips): more than the
// default 30 s when the machine is busy.
test.describe.configure({ timeout: 180_000 });

// Page loads and redirects can take a while on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const FORBIDDEN_HEADING = "You do not have access to this page";

const ROUTES = [
  { path: "/account", heading: "Your account", minimum: "READER" },
  { path: "/editor", heading: "Newsroom", minimum: "WRITER" },
  { path: "/admin", heading: "Admin", minimum: "ADMIN" },
  { path: "/admin/users", heading: "Users", minimum: "ADMIN" },
  { path: "/admin/subscriptions", heading: "Subscriptions", minimum: "ADMIN" },
  { path: "/admin/plans", heading: "Plans", minimum: "ADMIN" },
  { path: "/admin/ads", heading: "House ads", minimum: "ADMIN" },
  { path: "/admin/print", heading: "Print mailing list", minimum: "ADMIN" },
  { path: "/admin/audit", heading: "Audit trail", minimum: "ADMIN" },
] as const;

const ORDER: Role[] = ["READER", "WRITER", "EDITOR", "ADMIN"];
const atLeast = (role: Role, minimum: Role) => ORDER.indexOf(role) >= ORDER.indexOf(minimum);

const VISITORS = [
  { label: "anonymous", account: null },
  { label: "reader", account: DEMO.reader },
  { label: "writer", account: DEMO.writer },
  { label: "editor", account: DEMO.editor },
  { label: "admin", account: DEMO.admin },
] as const;

async function contextFor(
  browser: Browser,
  baseURL: string | undefined,
  account: { email: string } | null,
  password = DEMO_PASSWORD,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  if (account) await signInViaApi(context.request, account.email, password);
  return context;
}

/** Where a redirect points, resolved against the site. */
const locationOf = (response: APIResponse, baseURL: string | undefined) => {
  const location = response.headers()["location"];
  expect(location, `HTTP ${response.status()} should carry a Location header`).toBeTruthy();
  return new URL(location!, baseURL);
};

function expectSignInRedirect(response: APIResponse, baseURL: string | undefined, from: string) {
  expect([302, 303, 307, 308], `HTTP ${response.status()} should redirect to sign in`).toContain(
    response.status(),
  );
  const target = locationOf(response, baseURL);
  expect(target.pathname).toBe("/signin");
  expect(target.searchParams.get("from")).toBe(from);
}

test.describe("who may open which page", () => {
  for (const visitor of VISITORS) {
    test.describe(`as ${visitor.label}`, () => {
      for (const route of ROUTES) {
        const role = visitor.account?.role;
        const outcome = !role ? "sign in" : atLeast(role, route.minimum) ? "allowed" : "403";
        test(`${route.path} → ${outcome}`, async ({ browser, baseURL }) => {
          const context = await contextFor(browser, baseURL, visitor.account);
          const page = await context.newPage();
          const response = await page.request.get(route.path, { maxRedirects: 0 });
          if (outcome === "sign in") {
            expectSignInRedirect(response, baseURL, route.path);
            await page.goto(route.path);
            await expect(page).toHaveURL(
              new RegExp(`/signin\\?from=${encodeURIComponent(route.path)}$`),
            );
            await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
          } else if (outcome === "allowed") {
            expect(response.status()).toBe(200);
            const shown = await page.goto(route.path);
            expect(shown?.status()).toBe(200);
            await expect(page).toHaveURL(new RegExp(`${route.path}$`));
            await expect(
              page.getByRole("heading", { level: 1, name: route.heading, exact: true }),
            ).toBeVisible();
          } else {
            expect(response.status()).toBe(403);
            const shown = await page.goto(route.path);
            expect(shown?.status()).toBe(403);
            await expect(page).toHaveURL(new RegExp(`${route.path}$`));
            await expect(
              page.getByRole("heading", { level: 1, name: FORBIDDEN_HEADING }),
            ).toBeVisible();
            await expect(
              page.getByRole("heading", { level: 1, name: route.heading, exact: true }),
            ).toHaveCount(0);
          }
          await context.close();
        });
      }
    });
  }

  test("a made-up session cookie gets past the quick check, then sign in and back to the page asked for", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies([
      {
        name: "next-auth.session-token",
        value: "not-a-real-session-token",
        url: baseURL!,
      },
    ]);
    // An expired or revoked session looks the same: the page itself must send the person
    // to sign in, and back to the page they asked for (not a parent page).
    for (const path of [...ROUTES.map((route) => route.path), "/admin/users?q=example"]) {
      const response = await context.request.get(path, { maxRedirects: 0 });
      expect
        .soft([302, 303, 307, 308], `${path}: HTTP ${response.status()}`)
        .toContain(response.status());
      const target = new URL(response.headers()["location"] ?? "/", baseURL);
      expect.soft(target.pathname, path).toBe("/signin");
      expect.soft(target.searchParams.get("from"), `${path} → ${target}`).toBe(path);
    }
    await context.close();
  });

  test("the masthead's account menu offers what each role may open", async ({
    browser,
    baseURL,
  }) => {
    for (const visitor of VISITORS) {
      if (!visitor.account) continue;
      const context = await contextFor(browser, baseURL, visitor.account);
      const page = await context.newPage();
      await gotoAndReadMasthead(page, "/");
      await accountMenu(page, visitor.account.name).click();
      const menu = page.getByRole("banner").getByRole("group");
      const links = await menu.getByRole("link").allInnerTexts();
      const expected = [
        "Account",
        ...(atLeast(visitor.account.role, "WRITER") ? ["Editor"] : []),
        ...(atLeast(visitor.account.role, "ADMIN") ? ["Admin"] : []),
      ];
      expect(
        links.map((text) => text.trim()),
        visitor.label,
      ).toEqual(expected);
      await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
      await context.close();
    }
  });

  test("writers see the newsroom without publishing; editors can publish", async ({
    browser,
    baseURL,
  }) => {
    for (const [account, canPublish] of [
      [DEMO.writer, false],
      [DEMO.editor, true],
    ] as const) {
      const context = await contextFor(browser, baseURL, account);
      const page = await context.newPage();
      await page.goto("/editor");
      await expect(page.getByRole("heading", { level: 1, name: "Newsroom" })).toBeVisible();
      await expect(page.getByRole("columnheader", { name: "Publication" })).toHaveCount(
        canPublish ? 1 : 0,
      );
      const buttons = page.getByRole("button", { name: /^(Publish|Unpublish) “/ });
      if (canPublish) await expect(buttons.first()).toBeVisible();
      else await expect(buttons).toHaveCount(0);
      await context.close();
    }
  });
});

/* ───────────────────────── Server Actions called directly ───────────────────────── */

/**
 * Posts a form to `path` the way a browser without JavaScript submits a form bound to a
 * Server Action: multipart, with the `$ACTION_ID_…` field. Same-origin, as Next requires.
 */
function postAction(
  request: APIRequestContext,
  baseURL: string | undefined,
  path: string,
  fields: Record<string, string>,
) {
  return request.post(path, {
    multipart: fields,
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
}

/** A fresh account, signed up in its own browser context (optionally promoted by an admin). */
async function freshAccount(
  browser: Browser,
  baseURL: string | undefined,
  adminPage: Page | null,
  label: string,
  role: Role = "READER",
): Promise<{ user: TestUser; context: BrowserContext; page: Page }> {
  const user = newUser(label);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signUpViaForm(page, user);
  if (role !== "READER") await adminSetRole(adminPage!, user, role);
  return { user, context, page };
}

/** On the admin's users page: the role form for `user`, its action field and the user's id. */
/** The admin's users list narrowed to one person (what the search form leads to). */
async function gotoUserRow(adminPage: Page, user: { email: string }) {
  const response = await adminPage.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  expect(response?.status()).toBe(200);
}

async function roleFormOf(adminPage: Page, user: { name: string; email: string }) {
  await gotoUserRow(adminPage, user);
  const form = adminPage.locator("form").filter({
    has: adminPage.getByRole("button", { name: `Save role for ${user.name} (${user.email})` }),
  });
  await expect(form).toHaveCount(1);
  return {
    actionField: await actionFieldOf(form),
    userId: (await form.locator('input[name="userId"]').getAttribute("value"))!,
  };
}

async function expectRole(adminPage: Page, user: { name: string; email: string }, role: Role) {
  await gotoUserRow(adminPage, user);
  await expect(roleSelect(adminPage, user)).toHaveValue(role);
}

test.describe("Server Actions check the caller", () => {
  test("only an admin's role change takes effect, however the form is posted", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const admin = await contextFor(browser, baseURL, DEMO.admin);
    const adminPage = await admin.newPage();

    const [reader, writer, editor] = await Promise.all([
      freshAccount(browser, baseURL, null, "Rhea Reader"),
      freshAccount(browser, baseURL, null, "Wes Writer"),
      freshAccount(browser, baseURL, null, "Edie Editor"),
    ]);
    await adminSetRole(adminPage, writer.user, "WRITER");
    await adminSetRole(adminPage, editor.user, "EDITOR");

    // The admin's page carries the action's id; any row's form will do.
    const { actionField, userId: readerId } = await roleFormOf(adminPage, reader.user);
    expect(actionField).toMatch(/^\$ACTION_ID_[0-9a-f]+$/);

    const attempts: { label: string; request: APIRequestContext; self?: TestUser; role?: Role }[] =
      [
        { label: "reader", request: reader.context.request, self: reader.user, role: "READER" },
        { label: "writer", request: writer.context.request, self: writer.user, role: "WRITER" },
        { label: "editor", request: editor.context.request, self: editor.user, role: "EDITOR" },
      ];
    for (const attempt of attempts) {
      const { userId } = await roleFormOf(adminPage, attempt.self!);
      const response = await postAction(attempt.request, baseURL, "/admin/users", {
        [actionField]: "",
        userId,
        role: "ADMIN",
        returnTo: "/admin/users",
      });
      // Refused by the action itself: back to the list with the reason, not "Role changed."
      expect(response.status(), `${attempt.label}'s POST`).toBe(303);
      const target = locationOf(response, baseURL);
      expect(target.searchParams.get("notice"), attempt.label).toBeNull();
      expect(target.searchParams.get("error"), attempt.label).toMatch(/only admins/i);
      await expectRole(adminPage, attempt.self!, attempt.role!);
      expect((await attempt.request.get("/admin", { maxRedirects: 0 })).status()).toBe(403);
    }

    // Anonymous: no session cookie (stopped before the page), and a made-up one (reaches it).
    const anonymous = await browser.newContext({ baseURL });
    const plain = await postAction(anonymous.request, baseURL, "/admin/users", {
      [actionField]: "",
      userId: readerId,
      role: "ADMIN",
      returnTo: "/admin/users",
    });
    expectSignInRedirect(plain, baseURL, "/admin/users");
    await anonymous.addCookies([
      { name: "next-auth.session-token", value: "forged", url: baseURL! },
    ]);
    const forged = await postAction(anonymous.request, baseURL, "/admin/users", {
      [actionField]: "",
      userId: readerId,
      role: "ADMIN",
      returnTo: "/admin/users",
    });
    expect(forged.status()).not.toBe(200);
    if (forged.status() === 303)
      expect(locationOf(forged, baseURL).searchParams.get("notice")).toBeNull();
    await expectRole(adminPage, reader.user, "READER");

    // The same request from the admin does work: the attempts above were refused, not malformed.
    const control = await postAction(admin.request, baseURL, "/admin/users", {
      [actionField]: "",
      userId: readerId,
      role: "WRITER",
      returnTo: "/admin/users",
    });
    expect(control.status()).toBe(303);
    expect(locationOf(control, baseURL).searchParams.get("notice")).toBe("Role changed.");
    await expectRole(adminPage, reader.user, "WRITER");

    for (const context of [admin, reader.context, writer.context, editor.context, anonymous])
      await context.close();
  });

  test("readers and writers cannot unpublish an article through the editor's action", async ({
    browser,
    baseURL,
  }) => {
    const ARTICLE = {
      slug: "the-overdraft-fee-that-would-not-die",
      title: "The Overdraft Fee That Would Not Die",
    };
    const editor = await contextFor(browser, baseURL, DEMO.editor);
    const editorPage = await editor.newPage();
    await gotoForm(editorPage, "/editor");
    await editorPage.getByLabel("Title contains").fill("Overdraft Fee");
    await editorPage.getByRole("button", { name: "Filter" }).click();
    await expect(editorPage).toHaveURL(/\/editor\?q=Overdraft/);
    const unpublish = editorPage.getByRole("button", { name: `Unpublish “${ARTICLE.title}”` });
    await expect(unpublish).toBeVisible();
    const form = editorPage.locator("form").filter({ has: unpublish });
    const actionField = await actionFieldOf(form);
    const articleId = (await form.locator('input[name="articleId"]').getAttribute("value"))!;
    expect(articleId).toBeTruthy();

    const anonymous = await browser.newContext({ baseURL });
    expect((await anonymous.request.get(`/articles/${ARTICLE.slug}`)).status()).toBe(200);

    for (const account of [DEMO.reader, DEMO.writer]) {
      const context = await contextFor(browser, baseURL, account);
      const response = await postAction(context.request, baseURL, "/editor", {
        [actionField]: "",
        articleId,
        publish: "false",
        returnTo: "/editor",
      });
      expect(response.status(), `${account.email}'s POST`).toBe(303);
      const target = locationOf(response, baseURL);
      expect(target.searchParams.get("notice"), account.email).toBeNull();
      expect(target.searchParams.get("error"), account.email).toMatch(/only editors/i);
      await context.close();
      expect((await anonymous.request.get(`/articles/${ARTICLE.slug}`)).status()).toBe(200);
    }

    const plain = await postAction(anonymous.request, baseURL, "/editor", {
      [actionField]: "",
      articleId,
      publish: "false",
      returnTo: "/editor",
    });
    expectSignInRedirect(plain, baseURL, "/editor");

    // Still public, and still published in the newsroom.
    const articlePage = await anonymous.newPage();
    const shown = await articlePage.goto(`/articles/${ARTICLE.slug}`);
    expect(shown?.status()).toBe(200);
    await expect(articlePage.getByRole("heading", { level: 1, name: ARTICLE.title })).toBeVisible();
    await editorPage.reload();
    await expect(unpublish).toBeVisible();
    await anonymous.close();
    await editor.close();
  });
});

/* ───────────────────────── Changes take effect at once ───────────────────────── */

test.describe("changes to an account apply to its open sessions", () => {
  test("a disabled account's session stops working on the next request", async ({
    browser,
    baseURL,
  }) => {
    const admin = await contextFor(browser, baseURL, DEMO.admin);
    const adminPage = await admin.newPage();
    const { user, context, page } = await freshAccount(
      browser,
      baseURL,
      adminPage,
      "Dora Disabled",
    );
    expect((await page.request.get("/account", { maxRedirects: 0 })).status()).toBe(200);

    await adminSetDisabled(adminPage, user, true);
    await expect(
      adminPage.getByRole("row").filter({ hasText: user.email }).getByRole("cell", {
        name: "Disabled",
        exact: true,
      }),
    ).toBeVisible();

    // Same browser, same session cookie: refused now.
    expectSignInRedirect(
      await page.request.get("/account", { maxRedirects: 0 }),
      baseURL,
      "/account",
    );
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?from=%2Faccount$/);
    expect(await gotoAndReadMasthead(page, "/")).toBeNull();
    await expect(mastheadSignInLink(page)).toBeVisible();
    await expect(accountMenu(page, user.name)).toHaveCount(0);

    // Signing in again is refused too, with a reason.
    await gotoForm(page, "/signin");
    await submitSignIn(page, user.email, user.password);
    await expect(formAlert(page)).toHaveText(
      "This account has been disabled. Contact the magazine if you think this is a mistake.",
    );
    await context.close();
    await admin.close();
  });

  test("a new role applies without signing in again", async ({ browser, baseURL }) => {
    const admin = await contextFor(browser, baseURL, DEMO.admin);
    const adminPage = await admin.newPage();
    const { user, context, page } = await freshAccount(browser, baseURL, adminPage, "Pia Promoted");

    expect((await page.request.get("/editor", { maxRedirects: 0 })).status()).toBe(403);

    await adminSetRole(adminPage, user, "WRITER");
    const response = await page.goto("/editor");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Newsroom" })).toBeVisible();
    await accountMenu(page, user.name).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Editor" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Admin" })).toHaveCount(0);

    // And back: the next request is refused again.
    await adminSetRole(adminPage, user, "READER");
    expect((await page.request.get("/editor", { maxRedirects: 0 })).status()).toBe(403);
    await context.close();
    await admin.close();
  });
});
