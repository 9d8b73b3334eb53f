import { describe, expect, it } from "vitest";
import { getArticlePage } from "@/lib/articles/get-article";
import { changeStatus, publishDueArticles, saveArticle } from "@/lib/articles/newsroom";
import { db } from "@/lib/db";
import {
  appError,
  articleState,
  auditFor,
  draftBy,
  newsroomUser,
  pagesDoc,
  saveInput,
  searchRows,
  tag,
} from "./newsroom-helpers";

const HOUR = 3_600_000;
const NOW = new Date();
const at = (offset: number) => new Date(NOW.getTime() + offset);

/** A writer's draft with a two-page body, ready to move through the workflow. */
async function readyDraft(writer: Awaited<ReturnType<typeof newsroomUser>>, words = "Tidewater") {
  const draft = await draftBy(writer, `${words} ${tag()}`);
  const saved = await saveArticle(
    db,
    writer,
    draft.id,
    await saveInput(draft.id, { body: pagesDoc(`${words} page one.`, `${words} page two.`) }),
  );
  expect(saved.ok).toBe(true);
  return draft;
}

describe("changeStatus: writers", () => {
  it("submits their own draft for review and takes it back, with audit entries", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await readyDraft(writer);

    const submitted = await changeStatus(db, writer, id, { to: "IN_REVIEW" });
    expect(submitted).toMatchObject({ changed: true, status: "IN_REVIEW", version: 3 });
    expect(await articleState(id)).toMatchObject({ status: "IN_REVIEW", version: 3, search: [] });

    const back = await changeStatus(db, writer, id, { to: "DRAFT" });
    expect(back).toMatchObject({ changed: true, status: "DRAFT", version: 4 });
    expect(await articleState(id)).toMatchObject({ status: "DRAFT", version: 4 });

    expect(await auditFor(id)).toEqual([
      {
        actorId: writer.id,
        action: "article.status.in_review",
        before: { status: "DRAFT" },
        after: { status: "IN_REVIEW" },
      },
      {
        actorId: writer.id,
        action: "article.status.draft",
        before: { status: "IN_REVIEW" },
        after: { status: "DRAFT" },
      },
    ]);
  });

  it("refuses to move another writer's draft, writing nothing", async () => {
    const owner = await newsroomUser("WRITER");
    const other = await newsroomUser("WRITER");
    const { id } = await readyDraft(owner);
    const before = await articleState(id);
    expect((await appError(changeStatus(db, other, id, { to: "IN_REVIEW" }))).code).toBe(
      "FORBIDDEN",
    );
    expect(await articleState(id)).toEqual(before);
  });

  it("refuses a writer publishing, scheduling, archiving or unpublishing their own article", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer);
    const draftBefore = await articleState(id);
    for (const change of [
      { to: "PUBLISHED" },
      { to: "SCHEDULED", at: at(HOUR) },
      { to: "ARCHIVED" },
    ] as const) {
      expect((await appError(changeStatus(db, writer, id, change, NOW))).code).toBe("FORBIDDEN");
    }
    expect(await articleState(id)).toEqual(draftBefore);

    await changeStatus(db, editor, id, { to: "PUBLISHED" }, NOW);
    const publishedBefore = await articleState(id);
    for (const change of [{ to: "DRAFT" }, { to: "IN_REVIEW" }, { to: "ARCHIVED" }] as const) {
      expect((await appError(changeStatus(db, writer, id, change, NOW))).code).toBe("FORBIDDEN");
    }
    expect(await articleState(id)).toEqual(publishedBefore);
    expect(publishedBefore.search).toHaveLength(2);
  });

  it("refuses readers and anonymous visitors", async () => {
    const writer = await newsroomUser("WRITER");
    const reader = await newsroomUser("READER");
    const { id } = await readyDraft(writer);
    const before = await articleState(id);
    expect((await appError(changeStatus(db, reader, id, { to: "IN_REVIEW" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await appError(changeStatus(db, null, id, { to: "PUBLISHED" }))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await articleState(id)).toEqual(before);
  });
});

describe("changeStatus: editors", () => {
  it("publishes now, indexing every page, and audits it", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer, "Saltmarsh");
    await changeStatus(db, writer, id, { to: "IN_REVIEW" });

    const result = await changeStatus(db, editor, id, { to: "PUBLISHED" }, NOW);
    expect(result).toMatchObject({ changed: true, status: "PUBLISHED", wasPublic: false });
    const state = await articleState(id);
    expect(state).toMatchObject({ status: "PUBLISHED", publishedAt: NOW, scheduledAt: null });
    expect(state.search.map((r) => [r.page, r.body])).toEqual([
      [1, "Saltmarsh page one."],
      [2, "Saltmarsh page two."],
    ]);
    expect((await auditFor(id)).at(-1)).toEqual({
      actorId: editor.id,
      action: "article.status.published",
      before: { status: "IN_REVIEW" },
      after: { status: "PUBLISHED" },
    });
    expect(
      await getArticlePage({ slug: state.slug, page: 2, access: null, now: at(1000) }),
    ).not.toBeNull();
  });

  it("changes nothing when the article already has the status", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer);
    await changeStatus(db, editor, id, { to: "PUBLISHED" }, NOW);
    const before = await articleState(id);
    const again = await changeStatus(db, editor, id, { to: "PUBLISHED" }, at(HOUR));
    expect(again).toMatchObject({ changed: false, status: "PUBLISHED", version: before.version });
    expect(await articleState(id)).toEqual(before);
  });

  it("unpublishes (out of the index, off the site) and republishing keeps the first date", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer);
    const firstDate = at(-48 * HOUR);
    await changeStatus(db, editor, id, { to: "PUBLISHED" }, firstDate);
    const slug = (await articleState(id)).slug;

    const down = await changeStatus(db, editor, id, { to: "DRAFT" }, at(-HOUR));
    expect(down).toMatchObject({ changed: true, status: "DRAFT", wasPublic: true });
    expect(await articleState(id)).toMatchObject({ status: "DRAFT", search: [] });
    expect(await getArticlePage({ slug, page: 1, access: null })).toBeNull();

    await changeStatus(db, editor, id, { to: "PUBLISHED" }, NOW);
    const state = await articleState(id);
    expect(state).toMatchObject({ status: "PUBLISHED", publishedAt: firstDate });
    expect(state.search).toHaveLength(2);
    expect((await auditFor(id)).map((e) => e.action)).toEqual([
      "article.status.published",
      "article.status.draft",
      "article.status.published",
    ]);
  });

  it("archives a published article, taking it out of the index", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer);
    await changeStatus(db, editor, id, { to: "PUBLISHED" }, NOW);
    const result = await changeStatus(db, editor, id, { to: "ARCHIVED" }, NOW);
    expect(result).toMatchObject({ changed: true, status: "ARCHIVED", wasPublic: true });
    expect(await articleState(id)).toMatchObject({ status: "ARCHIVED", search: [] });
    expect((await auditFor(id)).at(-1)).toMatchObject({
      action: "article.status.archived",
      before: { status: "PUBLISHED" },
      after: { status: "ARCHIVED" },
    });
  });

  it("schedules only for a time in the future", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer);
    const before = await articleState(id);
    for (const when of [at(-HOUR), NOW]) {
      const error = await appError(
        changeStatus(db, editor, id, { to: "SCHEDULED", at: when }, NOW),
      );
      expect(error.code).toBe("INVALID");
    }
    expect(await articleState(id)).toEqual(before);

    const when = at(2 * HOUR);
    const result = await changeStatus(db, editor, id, { to: "SCHEDULED", at: when }, NOW);
    expect(result).toMatchObject({ changed: true, status: "SCHEDULED" });
    expect(await articleState(id)).toMatchObject({
      status: "SCHEDULED",
      scheduledAt: when,
      publishedAt: null,
      search: [],
      version: before.version + 1,
    });
    expect((await auditFor(id)).at(-1)).toEqual({
      actorId: editor.id,
      action: "article.status.scheduled",
      before: { status: "DRAFT" },
      after: { status: "SCHEDULED", at: when.toISOString() },
    });

    // Rescheduling a scheduled article moves the time.
    const later = at(5 * HOUR);
    const moved = await changeStatus(db, editor, id, { to: "SCHEDULED", at: later }, NOW);
    expect(moved).toMatchObject({ changed: true, status: "SCHEDULED" });
    expect(await articleState(id)).toMatchObject({ scheduledAt: later });

    // Unscheduling clears the time.
    await changeStatus(db, editor, id, { to: "DRAFT" }, NOW);
    expect(await articleState(id)).toMatchObject({ status: "DRAFT", scheduledAt: null });
  });

  it("publishes a scheduled article now when an editor says so", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer);
    await changeStatus(db, editor, id, { to: "SCHEDULED", at: at(HOUR) }, NOW);
    await changeStatus(db, editor, id, { to: "PUBLISHED" }, NOW);
    const state = await articleState(id);
    expect(state).toMatchObject({ status: "PUBLISHED", publishedAt: NOW, scheduledAt: null });
    expect(state.search).toHaveLength(2);
    // Nothing left for the scheduler to do.
    expect(await publishDueArticles(db, at(2 * HOUR))).not.toContain(state.slug);
    expect((await articleState(id)).version).toBe(state.version);
  });

  it("says NOT_FOUND for an article that does not exist", async () => {
    const editor = await newsroomUser("EDITOR");
    expect((await appError(changeStatus(db, editor, "nope", { to: "PUBLISHED" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("publishDueArticles", () => {
  it("publishes scheduled articles whose time has come, dated at their scheduled time", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const early = await readyDraft(writer);
    const onTime = await readyDraft(writer);
    const future = await readyDraft(writer);
    const draft = await readyDraft(writer);
    const t0 = at(-10 * HOUR);
    await changeStatus(db, editor, early.id, { to: "SCHEDULED", at: at(HOUR) }, t0);
    await changeStatus(db, editor, onTime.id, { to: "SCHEDULED", at: at(2 * HOUR) }, t0);
    await changeStatus(db, editor, future.id, { to: "SCHEDULED", at: at(3 * HOUR) }, t0);
    const futureBefore = await articleState(future.id);
    const draftBefore = await articleState(draft.id);
    const earlyVersion = (await articleState(early.id)).version;

    const tick = at(2 * HOUR); // exactly onTime's moment
    const published = await publishDueArticles(db, tick);
    const slugs = {
      early: (await articleState(early.id)).slug,
      onTime: (await articleState(onTime.id)).slug,
    };
    expect(published).toEqual([slugs.early, slugs.onTime]);

    expect(await articleState(early.id)).toMatchObject({
      status: "PUBLISHED",
      publishedAt: at(HOUR),
      scheduledAt: null,
      version: earlyVersion + 1,
    });
    expect(await articleState(onTime.id)).toMatchObject({
      status: "PUBLISHED",
      publishedAt: at(2 * HOUR),
    });
    expect((await searchRows(early.id)).map((r) => r.page)).toEqual([1, 2]);
    expect((await searchRows(onTime.id)).map((r) => r.page)).toEqual([1, 2]);
    expect(await articleState(future.id)).toEqual(futureBefore);
    expect(await articleState(draft.id)).toEqual(draftBefore);
    expect((await auditFor(early.id)).at(-1)).toEqual({
      actorId: null,
      action: "article.status.published",
      before: { status: "SCHEDULED" },
      after: { status: "PUBLISHED", by: "schedule" },
    });

    // Readers see it from its scheduled time.
    expect(
      await getArticlePage({ slug: slugs.early, page: 1, access: null, now: tick }),
    ).not.toBeNull();
  });

  it("publishes each article once when run twice, or twice at the same time", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const a = await readyDraft(writer);
    const b = await readyDraft(writer);
    const t0 = at(-10 * HOUR);
    await changeStatus(db, editor, a.id, { to: "SCHEDULED", at: at(-2 * HOUR) }, t0);
    await changeStatus(db, editor, b.id, { to: "SCHEDULED", at: at(-HOUR) }, t0);
    const versions = {
      a: (await articleState(a.id)).version,
      b: (await articleState(b.id)).version,
    };

    const runs = await Promise.all([publishDueArticles(db, NOW), publishDueArticles(db, NOW)]);
    const again = await publishDueArticles(db, NOW);
    expect(again).toEqual([]);
    expect(runs.flat()).toHaveLength(2);
    expect(new Set(runs.flat()).size).toBe(2);

    for (const [key, { id }] of Object.entries({ a, b })) {
      const state = await articleState(id);
      expect(state.status).toBe("PUBLISHED");
      expect(state.version).toBe(versions[key as "a" | "b"] + 1);
      expect(state.search).toHaveLength(2);
      const published = (await auditFor(id)).filter((e) => e.action === "article.status.published");
      expect(published).toHaveLength(1);
    }
  });

  it("does nothing when nothing is due", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await readyDraft(writer);
    await changeStatus(db, editor, id, { to: "SCHEDULED", at: at(24 * HOUR) }, NOW);
    const before = await articleState(id);
    // Everything else in this file's database is published or a draft by now.
    expect(await publishDueArticles(db, NOW)).toEqual([]);
    expect(await articleState(id)).toEqual(before);
  });
});
