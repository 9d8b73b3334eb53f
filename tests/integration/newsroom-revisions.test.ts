import { describe, expect, it } from "vitest";
import { changeStatus, listRevisions, restoreRevision, saveArticle } from "@/lib/articles/newsroom";
import { db } from "@/lib/db";
import {
  appError,
  articleState,
  auditFor,
  draftBy,
  newsroomUser,
  pagesDoc,
  saveInput,
  searchFinds,
  searchRows,
  type NewsroomUser,
} from "./newsroom-helpers";

/** A draft saved twice: v2 "First take" / v3 "Second take", each with its own text. */
async function twiceEdited(writer: NewsroomUser) {
  const { id } = await draftBy(writer, "Opening title");
  for (const [title, words] of [
    ["First take", "Anchovies and herring."],
    ["Second take", "Sprats and pilchards."],
  ] as const) {
    const result = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, { fields: { title, dek: `${title} dek` }, body: pagesDoc(words) }),
    );
    expect(result.ok).toBe(true);
  }
  const revisions = await db.articleRevision.findMany({
    where: { articleId: id },
    orderBy: { version: "asc" },
    select: { id: true, version: true, title: true },
  });
  expect(revisions.map((r) => r.version)).toEqual([1, 2, 3]);
  return { id, revisions };
}

describe("listRevisions", () => {
  it("lists an article's revisions newest first, with who saved them", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id } = await twiceEdited(writer);
    await saveArticle(db, editor, id, await saveInput(id, { fields: { title: "Editor's cut" } }));

    const list = await listRevisions(db, writer, id);
    expect(list.total).toBe(4);
    expect(list.totalPages).toBe(1);
    expect(list.article.id).toBe(id);
    expect(list.revisions.map((r) => [r.version, r.title, r.createdBy?.name])).toEqual([
      [4, "Editor's cut", editor.name],
      [3, "Second take", writer.name],
      [2, "First take", writer.name],
      [1, "Opening title", writer.name],
    ]);
    expect((await listRevisions(db, editor, id)).total).toBe(4);
  });

  it("pages by 30", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await draftBy(writer);
    await db.articleRevision.createMany({
      data: Array.from({ length: 31 }, (_, i) => ({
        articleId: id,
        version: i + 2,
        title: `Revision ${i + 2}`,
        dek: "",
        body: '{"type":"doc","content":[]}',
        createdById: writer.id,
        createdAt: new Date(Date.UTC(2031, 0, 1, 0, i)),
      })),
    });
    const first = await listRevisions(db, writer, id, 1);
    const second = await listRevisions(db, writer, id, 2);
    expect(first).toMatchObject({ total: 32, totalPages: 2 });
    expect(first.revisions).toHaveLength(30);
    expect(first.revisions[0]!.version).toBe(32);
    expect(first.revisions.at(-1)!.version).toBe(3);
    expect(second.revisions.map((r) => r.version)).toEqual([2, 1]);
    expect((await listRevisions(db, writer, id, 3)).revisions).toEqual([]);
  });

  it("is only for the article's authors and editors", async () => {
    const writer = await newsroomUser("WRITER");
    const other = await newsroomUser("WRITER");
    const reader = await newsroomUser("READER");
    const { id } = await draftBy(writer);
    expect((await appError(listRevisions(db, other, id))).code).toBe("FORBIDDEN");
    expect((await appError(listRevisions(db, reader, id))).code).toBe("FORBIDDEN");
    expect((await appError(listRevisions(db, null, id))).code).toBe("UNAUTHENTICATED");
    expect((await appError(listRevisions(db, writer, "no-such-article"))).code).toBe("NOT_FOUND");
  });
});

describe("restoreRevision", () => {
  it("puts an old text back as a new version and a new revision, and audits it", async () => {
    const writer = await newsroomUser("WRITER");
    const { id, revisions } = await twiceEdited(writer);
    const firstTake = revisions[1]!;
    const firstBody = (await db.articleRevision.findUniqueOrThrow({ where: { id: firstTake.id } }))
      .body;

    const result = await restoreRevision(db, writer, { articleId: id, revisionId: firstTake.id });
    expect(result).toMatchObject({ version: 4, published: false });

    const state = await articleState(id);
    expect(state).toMatchObject({
      title: "First take",
      dek: "First take dek",
      body: firstBody,
      version: 4,
      revisions: 4,
      status: "DRAFT",
    });
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ wordCount: 3, pageCount: 1 });
    const newest = await db.articleRevision.findFirstOrThrow({
      where: { articleId: id },
      orderBy: { version: "desc" },
    });
    expect(newest).toMatchObject({
      version: 4,
      title: "First take",
      dek: "First take dek",
      body: firstBody,
      createdById: writer.id,
    });
    expect((await auditFor(id)).at(-1)).toEqual({
      actorId: writer.id,
      action: "article.restore-revision",
      before: null,
      after: { fromVersion: 2, version: 4 },
    });

    // An editor still holding version 3 now gets a conflict instead of overwriting the restore.
    const stale = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, { version: 3, fields: { title: "Stale tab" } }),
    );
    expect(stale).toMatchObject({ ok: false, conflict: { version: 4 } });
  });

  it("updates the search index of a published article", async () => {
    const writer = await newsroomUser("WRITER");
    const editor = await newsroomUser("EDITOR");
    const { id, revisions } = await twiceEdited(writer);
    await changeStatus(db, editor, id, { to: "PUBLISHED" });
    expect(await searchFinds(id, "pilchards")).toBe(true);

    const result = await restoreRevision(db, editor, {
      articleId: id,
      revisionId: revisions[1]!.id,
    });
    expect(result.published).toBe(true);
    expect(await searchRows(id)).toEqual([
      {
        page: 1,
        title: "First take",
        dek: "First take dek",
        body: "Anchovies and herring.",
        authors: writer.name,
      },
    ]);
    expect(await searchFinds(id, "pilchards")).toBe(false);
    expect(await searchFinds(id, "anchovies")).toBe(true);
  });

  it("refuses a revision of another article, changing nothing", async () => {
    const writer = await newsroomUser("WRITER");
    const a = await twiceEdited(writer);
    const b = await twiceEdited(writer);
    const before = await articleState(a.id);
    const error = await appError(
      restoreRevision(db, writer, { articleId: a.id, revisionId: b.revisions[0]!.id }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await articleState(a.id)).toEqual(before);
  });

  it("refuses writers on another writer's article or their own published one", async () => {
    const writer = await newsroomUser("WRITER");
    const other = await newsroomUser("WRITER");
    const reader = await newsroomUser("READER");
    const editor = await newsroomUser("EDITOR");
    const draft = await twiceEdited(writer);
    const published = await twiceEdited(writer);
    await changeStatus(db, editor, published.id, { to: "PUBLISHED" });

    const cases = [
      { actor: other, article: draft, code: "FORBIDDEN" },
      { actor: reader, article: draft, code: "FORBIDDEN" },
      { actor: null, article: draft, code: "UNAUTHENTICATED" },
      { actor: writer, article: published, code: "FORBIDDEN" },
      { actor: other, article: published, code: "FORBIDDEN" },
    ];
    for (const { actor, article, code } of cases) {
      const before = await articleState(article.id);
      const error = await appError(
        restoreRevision(db, actor, { articleId: article.id, revisionId: article.revisions[0]!.id }),
      );
      expect(error.code).toBe(code);
      expect(await articleState(article.id)).toEqual(before);
    }

    // The editor may.
    const done = await restoreRevision(db, editor, {
      articleId: published.id,
      revisionId: published.revisions[1]!.id,
    });
    expect(done).toMatchObject({ published: true });
    expect(await articleState(published.id)).toMatchObject({ title: "First take" });
  });
});
