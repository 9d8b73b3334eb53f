import { test, type Page } from "@playwright/test";
import { DEMO, gotoForm, waitForHydration } from "./auth-helpers";
import {
  articleSettings,
  contextAs,
  createDraftViaForm,
  editorBody,
  openEditor,
  saveNow,
  uniqueWord,
  expect,
} from "./newsroom-helpers";

/**
 * Topics, tags and magazine issues (/editor/topics, /editor/tags, /editor/issues): editors
 * name them, file articles under them in the editor, and assemble an issue's ordered
 * contents. Nothing here is published (other test files count the demo content's
 * articles and issues), so the issue stays off the site and the drafts stay drafts.
 */

const FORBIDDEN_HEADING = "You do not have access to this page";

const topicSelect = (page: Page) => articleSettings(page).getByLabel("Topic", { exact: true });
const issueSelect = (page: Page) =>
  articleSettings(page).getByLabel("Magazine issue", { exact: true });
const tagBox = (page: Page, name: string) =>
  articleSettings(page)
    .getByRole("group", { name: "Tags" })
    .getByRole("checkbox", { name, exact: true });
const sections = (page: Page) => page.getByRole("navigation", { name: "Sections" });

test.describe("newsroom: topics, tags and issues", () => {
  test("an editor names a topic and a tag, files a draft under them, assembles an issue, then renames and deletes", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const word = uniqueWord("tax");
    const topic = {
      name: `Harbours ${word}`,
      slug: `harbours-${word}`,
      description: `Ports, quays and the people who run them ${word}.`,
      renamed: `Harbours and Quays ${word}`,
    };
    const tag = { name: `Dredging ${word}`, slug: `dredging-${word}` };
    const issue = { title: `The Tide Issue ${word}`, slug: `tide-${word}` };
    const first = `Pilot Boats ${word}`;
    const second = `Silt and Salt ${word}`;

    const editor = await contextAs(browser, baseURL, DEMO.editor.email);
    const page = await editor.newPage();
    const anonymous = await browser.newContext({ baseURL });
    const publicStatus = async (path: string) => (await anonymous.request.get(path)).status();

    // ── A topic: its page and its masthead link appear ──────────────────────────────────
    await gotoForm(page, "/editor/topics");
    const newTopic = page.getByRole("region", { name: "New topic" });
    await newTopic.getByLabel("Name", { exact: true }).fill(topic.name);
    await newTopic.getByLabel("Description", { exact: true }).fill(topic.description);
    // Last in the masthead, so the demo topics keep their places.
    await newTopic.getByLabel("Position in the masthead", { exact: true }).fill("1000");
    await newTopic.getByRole("button", { name: "Create topic", exact: true }).click();
    await expect(newTopic.getByRole("status")).toHaveText("Topic created.");
    // The slug was left empty: it is made from the name. (Found by its address, which
    // stays when the topic is renamed.)
    const topicEntry = page
      .getByRole("region", { name: "All topics" })
      .getByRole("listitem")
      .filter({ hasText: `/topics/${topic.slug} ·` });
    await expect(topicEntry).toContainText(`${topic.name} /topics/${topic.slug} · 0 articles`);

    const reader = await anonymous.newPage();
    expect((await reader.goto(`/topics/${topic.slug}`))?.status()).toBe(200);
    await expect(reader.getByRole("heading", { level: 1, name: topic.name })).toBeVisible();
    await expect(reader.getByRole("main")).toContainText(topic.description);
    await expect(
      sections(reader).getByRole("link", { name: topic.name, exact: true }),
    ).toHaveAttribute("href", `/topics/${topic.slug}`);

    // ── A tag ───────────────────────────────────────────────────────────────────────────
    await gotoForm(page, "/editor/tags");
    const newTag = page.getByRole("region", { name: "New tag" });
    await newTag.getByLabel("Name", { exact: true }).fill(tag.name);
    await newTag.getByRole("button", { name: "Create tag", exact: true }).click();
    await expect(newTag.getByRole("status")).toHaveText("Tag created.");
    const findTag = async () => {
      await page.goto(`/editor/tags?${new URLSearchParams({ q: word })}`);
      return page.getByRole("main").getByRole("listitem").filter({ hasText: tag.name });
    };
    await expect(await findTag()).toContainText(`${tag.slug} · 0 articles`);

    // ── Two drafts; the first is filed under the topic and the tag in the editor ─────────
    const firstId = await createDraftViaForm(page, first);
    await editorBody(page).click();
    await page.keyboard.type(`The pilot boats of ${word} go out at dawn.`);
    await topicSelect(page).selectOption({ label: topic.name });
    await tagBox(page, tag.name).check();
    const { payload } = await saveNow(page, firstId);
    expect(payload.fields.topicId, "the save should carry the chosen topic").toBeTruthy();
    expect(payload.fields.tagIds).toHaveLength(1);
    // Stored: a fresh load shows both chosen.
    await openEditor(page, firstId);
    await expect(topicSelect(page).locator("option:checked")).toHaveText(topic.name);
    await expect(tagBox(page, tag.name)).toBeChecked();
    const secondId = await createDraftViaForm(page, second);

    // The topic and the tag now count the article.
    await page.goto("/editor/topics");
    await expect(topicEntry).toContainText(`/topics/${topic.slug} · 1 articles`);
    await expect(await findTag()).toContainText(`${tag.slug} · 1 articles`);

    // ── An issue, not on the site, and its contents put in order ────────────────────────
    await gotoForm(page, "/editor/issues");
    const newIssue = page.getByRole("region", { name: "New issue" });
    await newIssue.getByLabel("Title", { exact: true }).fill(issue.title);
    await newIssue.getByLabel("Slug", { exact: true }).fill(issue.slug);
    await newIssue.getByLabel("Volume", { exact: true }).fill("99");
    await newIssue.getByLabel("Number", { exact: true }).fill("7");
    await newIssue.getByLabel("Date", { exact: true }).fill("2026-12-01");
    await expect(newIssue.getByLabel("Show this issue on the site")).not.toBeChecked();
    await newIssue.getByRole("button", { name: "Create issue", exact: true }).click();
    await expect(page).toHaveURL(/\/editor\/issues\/[^/?#]+\?notice=Issue\+created\.$/);
    const issuePath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: issue.title })).toBeVisible();
    await expect(
      page.getByRole("main").getByRole("status").filter({ hasText: "Issue created." }),
    ).toBeVisible();
    const contents = page.getByRole("region", { name: "Contents" });
    await expect(contents).toContainText("No articles yet.");
    expect(await publicStatus(`/issues/${issue.slug}`), "an issue not shown on the site").toBe(404);

    // A select inside its label: the label's text holds the options too, so by role and name.
    const addArticle = contents.getByRole("combobox", { name: "Add an article", exact: true });
    const add = async (title: string) => {
      await waitForHydration(page);
      await addArticle.selectOption({ label: title });
      await page.getByRole("button", { name: "Add to the issue", exact: true }).click();
      await expect(contents.getByRole("link", { name: title, exact: true })).toBeVisible();
    };
    const entries = contents.getByRole("listitem");
    await add(first);
    await add(second);
    await expect(entries).toHaveText([new RegExp(`^1\\.${first}`), new RegExp(`^2\\.${second}`)]);
    // An article in the issue is no longer offered for adding.
    await expect(addArticle.locator("option", { hasText: first })).toHaveCount(0);

    await waitForHydration(page);
    await contents.getByRole("button", { name: `Move “${second}” up`, exact: true }).click();
    await expect(entries).toHaveText([new RegExp(`^1\\.${second}`), new RegExp(`^2\\.${first}`)]);
    await waitForHydration(page);
    await contents
      .getByRole("button", { name: `Remove “${first}” from the issue`, exact: true })
      .click();
    await expect(entries).toHaveText([new RegExp(`^1\\.${second}`)]);

    // The editor shows which issue each draft is in.
    await openEditor(page, secondId);
    await expect(issueSelect(page).locator("option:checked")).toHaveText(
      `${issue.title} (vol. 99, no. 7)`,
    );
    await openEditor(page, firstId);
    await expect(issueSelect(page).locator("option:checked")).toHaveText("Not in an issue");
    expect(await publicStatus(`/issues/${issue.slug}`)).toBe(404);

    // ── Renamed: the public topic page follows ──────────────────────────────────────────
    await gotoForm(page, "/editor/topics");
    await topicEntry.locator("summary").click();
    await topicEntry.getByLabel("Name", { exact: true }).fill(topic.renamed);
    await topicEntry.getByRole("button", { name: `Save ${topic.name}`, exact: true }).click();
    await expect(topicEntry.getByRole("status")).toHaveText("Topic saved.");
    await reader.goto(`/topics/${topic.slug}`);
    await expect(reader.getByRole("heading", { level: 1, name: topic.renamed })).toBeVisible();

    // ── Deleted: the articles stay, without the topic or the tag ────────────────────────
    const tagEntry = await findTag();
    await waitForHydration(page);
    await tagEntry.locator("summary").click();
    await tagEntry.getByRole("button", { name: `Delete ${tag.name}`, exact: true }).click();
    await expect(page).toHaveURL(/\/editor\/tags\?notice=Tag\+deleted\.$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Tag deleted.");

    await gotoForm(page, "/editor/topics");
    await expect(topicEntry).toContainText(topic.renamed);
    await topicEntry.locator("summary").click();
    await topicEntry
      .getByRole("button", {
        name: `Delete ${topic.renamed} (its articles stay, without a topic)`,
        exact: true,
      })
      .click();
    await expect(page).toHaveURL(/\/editor\/topics\?notice=Topic\+deleted\.$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Topic deleted.");
    await expect(topicEntry).toHaveCount(0);

    expect(await publicStatus(`/topics/${topic.slug}`)).toBe(404);
    await reader.goto("/");
    await expect(sections(reader).getByRole("link", { name: topic.renamed })).toHaveCount(0);

    await openEditor(page, firstId);
    await expect(editorBody(page)).toContainText(`The pilot boats of ${word} go out at dawn.`);
    await expect(topicSelect(page).locator("option:checked")).toHaveText("No topic");
    await expect(
      articleSettings(page)
        .getByRole("group", { name: "Tags" })
        .getByRole("checkbox", { name: tag.name }),
    ).toHaveCount(0);

    // ── Writers do not manage any of it ─────────────────────────────────────────────────
    const writer = await contextAs(browser, baseURL, DEMO.writer.email);
    const desk = await writer.newPage();
    await desk.goto("/editor");
    const menu = desk.getByRole("navigation", { name: "Newsroom" });
    await expect(menu.getByRole("link", { name: "Articles", exact: true })).toBeVisible();
    for (const name of ["Topics", "Tags", "Issues"])
      await expect(menu.getByRole("link", { name, exact: true })).toHaveCount(0);
    for (const path of ["/editor/topics", "/editor/tags", "/editor/issues", issuePath]) {
      const response = await desk.goto(path);
      expect(response?.status(), `writer GET ${path}`).toBe(403);
      await expect(desk.getByRole("heading", { level: 1, name: FORBIDDEN_HEADING })).toBeVisible();
    }

    await Promise.all([editor.close(), writer.close(), anonymous.close()]);
  });
});
