import { test } from "@playwright/test";
import { DEMO } from "../e2e/auth-helpers";
import {
  contextAs,
  createDraftViaForm,
  editorBody,
  expect,
  openEditor,
  saveNow,
  titleInput,
  type SavePayload,
} from "../e2e/newsroom-helpers";
import { BOND, pagePath } from "../e2e/content";
import { serverA, serverB, withDb } from "./cluster";

/**
 * Server A stays dead afterwards, so this test is a Playwright project of its own that
 * depends on the "cluster" project: it runs after every other test and retry
 * (playwright.cluster.config.ts).
 *
 * An editor's autosaves (PUT /api/editor/articles/<id>, each carrying the version it
 * expects) go through nginx to both servers; A is killed with SIGKILL in the middle. A write
 * the server answered 200 was committed, so it must be in the database afterwards; writes
 * cut off by the kill may or may not have happened (the next save then meets a 409 and
 * carries on from the version it is told). nginx sends everything after the kill to B.
 */
const CHAINS = 4;
const LOAD_MS = 15_000;
const KILL_AFTER_MS = 5_000;

type Outcome = { chain: number; startedAt: number; status: number | "network-error" };
type Acked = { articleId: string; version: number; title: string };

const healthy = async (origin: string) => {
  try {
    return (await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
};

test("kill -9 of one server under a write load loses no acknowledged write, and nginx keeps answering", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const a = serverA();
  const b = serverB();
  expect(await healthy(a.origin), "server A should be up before the load").toBe(true);
  expect(await healthy(b.origin), "server B should be up before the load").toBe(true);

  // The editor opens one draft per chain (through nginx) and saves it once, as the editor
  // does: that save's payload is the template for the load's saves.
  const editor = await contextAs(browser, baseURL, DEMO.editor.email);
  const desk = await editor.newPage();
  const drafts: { articleId: string; template: SavePayload; version: number }[] = [];
  for (let chain = 0; chain < CHAINS; chain++) {
    const articleId = await createDraftViaForm(desk, `Load chain ${chain} ${Date.now()}`);
    await editorBody(desk).click();
    await desk.keyboard.type(`Written under load, chain ${chain}.`);
    const { payload, version } = await saveNow(desk, articleId);
    drafts.push({ articleId, template: payload, version });
  }
  await desk.goto("about:blank");

  const outcomes: Outcome[] = [];
  const acked: Acked[] = [];
  const loadStart = Date.now();
  const loadEnd = loadStart + LOAD_MS;
  let killedAt = Number.POSITIVE_INFINITY;
  let downAt = Number.POSITIVE_INFINITY;

  const runChain = async (chain: number) => {
    const { articleId, template } = drafts[chain]!;
    let version = drafts[chain]!.version;
    for (let n = 1; Date.now() < loadEnd; n++) {
      const title = `Load chain ${chain} save ${n} at ${Date.now()}`;
      const payload = { ...template, version, fields: { ...template.fields, title } };
      const startedAt = Date.now();
      try {
        const response = await editor.request.put(`/api/editor/articles/${articleId}`, {
          data: payload,
          timeout: 10_000,
        });
        const status = response.status();
        outcomes.push({ chain, startedAt, status });
        const json = (await response.json().catch(() => null)) as {
          version?: number;
          conflict?: { version: number };
        } | null;
        if (status === 200 && json?.version) {
          acked.push({ articleId, version: json.version, title });
          version = json.version;
        } else if (status === 409 && json?.conflict) {
          // A save cut off by the kill was committed after all: carry on from there.
          version = json.conflict.version;
        }
      } catch {
        outcomes.push({ chain, startedAt, status: "network-error" });
      }
    }
  };

  const killer = async () => {
    // The bounded load: A dies a few seconds in, with writes in flight.
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    process.kill(a.pid, "SIGKILL");
    killedAt = Date.now();
    await expect
      .poll(() => healthy(a.origin), { message: "server A should be gone", intervals: [100] })
      .toBe(false);
    downAt = Date.now();
  };

  await Promise.all([killer(), ...drafts.map((_, chain) => runChain(chain))]);

  const count = (list: Outcome[]) => ({
    total: list.length,
    ok: list.filter((o) => o.status === 200).length,
    conflicts: list.filter((o) => o.status === 409).length,
    errors: list.filter((o) => o.status !== 200 && o.status !== 409).length,
  });
  const before = outcomes.filter((o) => o.startedAt < killedAt);
  const after = outcomes.filter((o) => o.startedAt >= killedAt);
  const afterDown = outcomes.filter((o) => o.startedAt >= downAt);
  console.log(
    `kill -9 load (${CHAINS} chains, ${LOAD_MS / 1000} s, server A pid ${a.pid} killed at ` +
      `${killedAt - loadStart} ms): ` +
      JSON.stringify({
        all: count(outcomes),
        beforeKill: count(before),
        afterKill: count(after),
        errorStatuses: [...new Set(outcomes.filter((o) => o.status !== 200).map((o) => o.status))],
      }),
  );

  // The kill happened mid-load, with writes acknowledged on both sides of it.
  expect(killedAt).toBeLessThan(loadEnd);
  expect(count(before).ok, "writes acknowledged before the kill").toBeGreaterThan(0);
  expect(count(after).ok, "writes acknowledged after the kill").toBeGreaterThan(0);
  // Once A was gone, nginx answered every request from B.
  expect(
    afterDown.filter((o) => o.status !== 200 && o.status !== 409),
    "requests started after server A was down should all be answered",
  ).toEqual([]);
  expect(count(afterDown).ok).toBeGreaterThan(0);

  // No acknowledged write is lost: each is a revision with its version and title.
  const stored = await withDb(async (client) => {
    const { rows } = await client.query<{ articleId: string; version: number; title: string }>(
      `SELECT "articleId", "version", "title" FROM "ArticleRevision" WHERE "articleId" = ANY($1)`,
      [drafts.map((d) => d.articleId)],
    );
    return new Set(rows.map((r) => `${r.articleId}|${r.version}|${r.title}`));
  });
  const lost = acked.filter((w) => !stored.has(`${w.articleId}|${w.version}|${w.title}`));
  expect(lost, `acknowledged writes missing from the database (of ${acked.length})`).toEqual([]);
  // Each article is at least at its last acknowledged version.
  const current = await withDb(async (client) => {
    const { rows } = await client.query<{ id: string; version: number; title: string }>(
      `SELECT "id", "version", "title" FROM "Article" WHERE "id" = ANY($1)`,
      [drafts.map((d) => d.articleId)],
    );
    return new Map(rows.map((r) => [r.id, r]));
  });
  for (const { articleId } of drafts) {
    const last = acked.filter((w) => w.articleId === articleId).at(-1)!;
    const row = current.get(articleId)!;
    expect(row.version).toBeGreaterThanOrEqual(last.version);
    if (row.version === last.version) expect(row.title).toBe(last.title);
  }

  // Page loads through nginx still work: a reader's pages, and the editor's.
  const anonymous = await browser.newContext({ baseURL });
  const reader = await anonymous.newPage();
  for (const path of ["/", "/latest/2", pagePath(BOND.slug)]) {
    const response = await reader.goto(path);
    expect(response?.status(), `GET ${path} through nginx`).toBe(200);
  }
  await expect(reader.getByRole("heading", { level: 1, name: BOND.title })).toBeVisible();
  const lastOfFirst = acked.filter((w) => w.articleId === drafts[0]!.articleId).at(-1)!;
  await openEditor(desk, drafts[0]!.articleId);
  if (current.get(drafts[0]!.articleId)!.version === lastOfFirst.version)
    await expect(titleInput(desk)).toHaveValue(lastOfFirst.title);
  expect(await healthy(a.origin), "server A stays down").toBe(false);

  await Promise.all([editor.close(), anonymous.close()]);
});
