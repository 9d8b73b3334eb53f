import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "@/lib/articles/document-schema";
import { findRenamedArticle } from "@/lib/articles/get-article";
import { changeStatus, createDraft, saveArticle } from "@/lib/articles/newsroom";
import { db } from "@/lib/db";
import { createArticle, createAuthor, createTopic } from "../factories";
import {
  appError,
  articleState,
  authorIdOf,
  doc,
  draftBy,
  newsroomUser,
  pagesDoc,
  paragraph,
  saveInput,
  searchFinds,
  searchRows,
  tag,
  text,
} from "./newsroom-helpers";

/** A published article by `writer`, published by `editor` at `at`. */
async function publishedBy(
  writer: Awaited<ReturnType<typeof newsroomUser>>,
  editor: Awaited<ReturnType<typeof newsroomUser>>,
  title = `Published ${tag()}`,
  at = new Date(Date.now() - 60_000),
) {
  const draft = await draftBy(writer, title);
  const saved = await saveArticle(
    db,
    writer,
    draft.id,
    await saveInput(draft.id, { body: pagesDoc(`Body of ${title}.`) }),
  );
  expect(saved.ok).toBe(true);
  await changeStatus(db, editor, draft.id, { to: "PUBLISHED" }, at);
  return draft;
}

describe("createDraft", () => {
  it("makes a DRAFT authored by the writer's own author profile, with a first revision", async () => {
    const writer = await newsroomUser("WRITER", `Mara Quill ${tag()}`);
    const { id } = await createDraft(db, writer, { title: "  The Dredging Contract  " });

    const article = await db.article.findUniqueOrThrow({
      where: { id },
      select: {
        slug: true,
        title: true,
        status: true,
        version: true,
        publishedAt: true,
        body: true,
        pageCount: true,
        wordCount: true,
        authors: { select: { position: true, author: { select: { userId: true, name: true } } } },
      },
    });
    expect(article).toMatchObject({
      slug: "the-dredging-contract",
      title: "The Dredging Contract",
      status: "DRAFT",
      version: 1,
      publishedAt: null,
      pageCount: 1,
      wordCount: 0,
      authors: [{ position: 0, author: { userId: writer.id, name: writer.name } }],
    });
    expect(JSON.parse(article.body)).toEqual({ type: "doc", content: [{ type: "paragraph" }] });

    const revisions = await db.articleRevision.findMany({ where: { articleId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      version: 1,
      title: "The Dredging Contract",
      dek: "",
      body: article.body,
      createdById: writer.id,
    });
    // Drafts are never searchable.
    expect(await searchRows(id)).toEqual([]);
  });

  it("reuses the author profile and keeps slugs unique, including other articles' old slugs", async () => {
    const writer = await newsroomUser("WRITER");
    const title = `Harbour Lights ${tag()}`;
    const first = await createDraft(db, writer, { title });
    const second = await createDraft(db, writer, { title });
    expect(await db.author.count({ where: { userId: writer.id } })).toBe(1);
    const slugs = await db.article.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { id: true, slug: true },
    });
    const base = title.toLowerCase().replace(/ /g, "-");
    expect(slugs.find((s) => s.id === first.id)?.slug).toBe(base);
    expect(slugs.find((s) => s.id === second.id)?.slug).toBe(`${base}-2`);

    // A slug that still redirects to another article is not free either.
    const other = await createArticle();
    const retired = `retired-${tag()}`;
    await db.slugRedirect.create({ data: { fromSlug: retired, articleId: other.id } });
    const third = await createDraft(db, writer, { title: retired });
    expect((await db.article.findUniqueOrThrow({ where: { id: third.id } })).slug).toBe(
      `${retired}-2`,
    );
  });

  it("names an untitled draft and gives same-named writers distinct author slugs", async () => {
    const name = `Sam Tern ${tag()}`;
    const a = await newsroomUser("WRITER", name);
    const b = await newsroomUser("EDITOR", name);
    const first = await createDraft(db, a, { title: "   " });
    await createDraft(db, b);
    expect(await db.article.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      title: "Untitled article",
      slug: expect.stringMatching(/^untitled-article(-\d+)?$/),
    });
    const authors = await db.author.findMany({
      where: { userId: { in: [a.id, b.id] } },
      select: { slug: true },
    });
    expect(new Set(authors.map((x) => x.slug)).size).toBe(2);
  });

  it("is refused to readers and to anonymous visitors, writing nothing", async () => {
    const reader = await newsroomUser("READER");
    const before = {
      articles: await db.article.count(),
      authors: await db.author.count(),
      revisions: await db.articleRevision.count(),
    };
    expect((await appError(createDraft(db, reader, { title: "Nope" }))).code).toBe("FORBIDDEN");
    expect((await appError(createDraft(db, null, { title: "Nope" }))).code).toBe("UNAUTHENTICATED");
    expect({
      articles: await db.article.count(),
      authors: await db.author.count(),
      revisions: await db.articleRevision.count(),
    }).toEqual(before);
  });
});

describe("saveArticle", () => {
  it("saves the text, bumps the version, normalizes the body and records a revision", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await draftBy(writer, "First title");
    const body = doc(
      paragraph(
        text("See the "),
        text("minutes", [
          {
            type: "link",
            attrs: { href: "https://example.org/m", target: "_blank", rel: "noopener", class: "x" },
          },
        ]),
        text(" today."),
      ),
      { type: "pageBreak" },
      paragraph(text("Second page words here.")),
    );
    const result = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, {
        body,
        fields: { title: "  Second title ", dek: "A dek.", excerpt: "Short." },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      version: 2,
      revisionCreated: true,
      savedAt: expect.any(String),
    });

    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      title: "Second title",
      dek: "A dek.",
      excerpt: "Short.",
      version: 2,
      pageCount: 2,
      wordCount: 8,
    });
    const stored = JSON.parse(row.body) as unknown;
    expect(stored).toEqual(
      doc(
        paragraph(
          text("See the "),
          text("minutes", [{ type: "link", attrs: { href: "https://example.org/m" } }]),
          text(" today."),
        ),
        { type: "pageBreak" },
        paragraph(text("Second page words here.")),
      ),
    );
    const revisions = await db.articleRevision.findMany({
      where: { articleId: id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(revisions[1]).toMatchObject({
      title: "Second title",
      dek: "A dek.",
      body: row.body,
      createdById: writer.id,
    });
  });

  it("records a revision only when the title, dek or body changed", async () => {
    const writer = await newsroomUser("WRITER");
    const topic = await createTopic();
    const { id } = await draftBy(writer);

    const metaOnly = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, {
        fields: {
          excerpt: "New excerpt",
          seoTitle: "SEO",
          visibility: "SUBSCRIBERS",
          topicId: topic.id,
        },
      }),
    );
    expect(metaOnly).toMatchObject({ ok: true, version: 2, revisionCreated: false });
    expect(await articleState(id)).toMatchObject({
      version: 2,
      revisions: 1,
      excerpt: "New excerpt",
      visibility: "SUBSCRIBERS",
      topicId: topic.id,
    });

    const unchanged = await saveArticle(db, writer, id, await saveInput(id));
    expect(unchanged).toMatchObject({ ok: true, version: 3, revisionCreated: false });
    expect((await articleState(id)).revisions).toBe(1);

    const dekOnly = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, { fields: { dek: "Now with a dek" } }),
    );
    expect(dekOnly).toMatchObject({ ok: true, version: 4, revisionCreated: true });
    expect((await articleState(id)).revisions).toBe(2);
  });

  it("refuses a save from an older version as a conflict and changes nothing", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await draftBy(writer);
    const tabA = await saveInput(id, { fields: { title: "Tab A" } });
    const tabB = await saveInput(id, { fields: { title: "Tab B" } });
    const first = await saveArticle(db, writer, id, tabA);
    expect(first).toMatchObject({ ok: true, version: 2 });
    const before = await articleState(id);

    const second = await saveArticle(db, writer, id, tabB);
    expect(second).toEqual({
      ok: false,
      conflict: { version: 2, updatedAt: before.updatedAt.toISOString() },
    });
    expect(await articleState(id)).toEqual(before);
    expect(before.title).toBe("Tab A");
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await draftBy(writer);
    const inputA = await saveInput(id, { fields: { title: "Racer A" } });
    const inputB = await saveInput(id, { fields: { title: "Racer B" } });
    const [a, b] = await Promise.all([
      saveArticle(db, writer, id, inputA),
      saveArticle(db, writer, id, inputB),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && "conflict" in r)).toHaveLength(1);
    const state = await articleState(id);
    expect(state.version).toBe(2);
    expect(state.revisions).toBe(2);
    expect(state.title).toBe(a.ok ? "Racer A" : "Racer B");
  });

  it("answers invalid fields with messages keyed by field, writing nothing", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await draftBy(writer);
    const before = await articleState(id);

    const bad = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, {
        fields: { title: "   ", slug: "Not A Slug!", authorIds: [], visibility: "FRIENDS" },
      }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok || !("errors" in bad)) throw new Error("expected field errors");
    expect(Object.keys(bad.errors).sort()).toEqual(["authorIds", "slug", "title", "visibility"]);
    expect(bad.errors.title).toBe("Give the article a title.");
    expect(bad.errors.authorIds).toBe("An article needs at least one author.");

    const noVersion = await saveArticle(db, writer, id, {
      ...(await saveInput(id)),
      version: "1",
    });
    expect(noVersion).toEqual({ ok: false, errors: { version: expect.any(String) } });
    expect(await saveArticle(db, writer, id, null)).toEqual({
      ok: false,
      errors: { form: expect.any(String) },
    });
    expect(await articleState(id)).toEqual(before);
  });

  it("refuses bodies with unknown nodes or unsafe links as a body error, writing nothing", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await draftBy(writer);
    const before = await articleState(id);
    for (const body of [
      doc({ type: "script", content: [text("alert(1)")] }),
      doc(paragraph(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))),
      doc(paragraph(text("x", [{ type: "link", attrs: { href: "data:text/html,<b>" } }]))),
      "not a document",
    ]) {
      const result = await saveArticle(db, writer, id, await saveInput(id, { body }));
      expect(result).toEqual({
        ok: false,
        errors: { body: expect.stringMatching(/^The article body is not valid/) },
      });
    }
    expect(await articleState(id)).toEqual(before);
  });

  it("refuses a body larger than 2 MB as a body error, writing nothing", async () => {
    const writer = await newsroomUser("WRITER");
    const { id } = await draftBy(writer);
    const before = await articleState(id);
    const huge = doc(paragraph(text("x".repeat(MAX_DOCUMENT_BYTES + 1))));
    const result = await saveArticle(db, writer, id, await saveInput(id, { body: huge }));
    expect(result).toEqual({ ok: false, errors: { body: expect.stringMatching(/2 MB/) } });
    expect(await articleState(id)).toEqual(before);
  });

  it("checks that the topic, image, authors and tags it points at exist", async () => {
    const writer = await newsroomUser("WRITER");
    const { id, authorId } = await draftBy(writer);
    const before = await articleState(id);
    const result = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, {
        fields: {
          topicId: "no-such-topic",
          issueId: "no-such-issue",
          featuredImageId: "no-such-image",
          authorIds: [authorId, "no-such-author"],
          tagIds: ["no-such-tag"],
        },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok || !("errors" in result)) throw new Error("expected field errors");
    expect(Object.keys(result.errors).sort()).toEqual([
      "authorIds",
      "featuredImageId",
      "issueId",
      "tagIds",
      "topicId",
    ]);
    expect(await articleState(id)).toEqual(before);
  });

  it("saves authors in order and tags", async () => {
    const writer = await newsroomUser("WRITER");
    const { id, authorId } = await draftBy(writer);
    const coAuthor = await createAuthor();
    const tagRow = await db.tag.create({ data: { slug: `tag-${tag()}`, name: "Ports" } });
    const result = await saveArticle(
      db,
      writer,
      id,
      await saveInput(id, { fields: { authorIds: [coAuthor.id, authorId], tagIds: [tagRow.id] } }),
    );
    expect(result.ok).toBe(true);
    expect(await articleState(id)).toMatchObject({
      authors: [
        { authorId: coAuthor.id, position: 0 },
        { authorId, position: 1 },
      ],
      tags: [{ tagId: tagRow.id }],
    });
  });

  describe("slugs", () => {
    it("refuses a slug used by another article or still redirecting to one", async () => {
      const writer = await newsroomUser("WRITER");
      const { id } = await draftBy(writer);
      const other = await createArticle();
      const retired = `old-${tag()}`;
      await db.slugRedirect.create({ data: { fromSlug: retired, articleId: other.id } });
      const before = await articleState(id);
      for (const slug of [other.slug, retired]) {
        const result = await saveArticle(db, writer, id, await saveInput(id, { fields: { slug } }));
        expect(result).toEqual({
          ok: false,
          errors: { slug: "Another article already uses this web address. Choose another slug." },
        });
      }
      expect(await articleState(id)).toEqual(before);
    });

    it("renames a draft without leaving a redirect behind", async () => {
      const writer = await newsroomUser("WRITER");
      const { id } = await draftBy(writer);
      const oldSlug = (await articleState(id)).slug;
      const slug = `renamed-${tag()}`;
      const result = await saveArticle(db, writer, id, await saveInput(id, { fields: { slug } }));
      expect(result).toMatchObject({ ok: true, slug, oldSlug, wasPublished: false });
      expect(await articleState(id)).toMatchObject({ slug, redirects: [] });
      expect(await db.slugRedirect.count({ where: { fromSlug: oldSlug } })).toBe(0);
    });

    it("keeps a published article's old addresses redirecting to the current one", async () => {
      const writer = await newsroomUser("WRITER");
      const editor = await newsroomUser("EDITOR");
      const { id } = await publishedBy(writer, editor);
      const original = (await articleState(id)).slug;
      const second = `second-${tag()}`;
      const third = `third-${tag()}`;

      const renamed = await saveArticle(
        db,
        editor,
        id,
        await saveInput(id, { fields: { slug: second } }),
      );
      expect(renamed).toMatchObject({
        ok: true,
        slug: second,
        oldSlug: original,
        wasPublished: true,
      });
      expect((await articleState(id)).redirects).toEqual([original]);
      expect(await findRenamedArticle(original)).toBe(second);

      await saveArticle(db, editor, id, await saveInput(id, { fields: { slug: third } }));
      expect((await articleState(id)).redirects).toEqual([original, second].sort());
      expect(await findRenamedArticle(original)).toBe(third);
      expect(await findRenamedArticle(second)).toBe(third);
      expect(await findRenamedArticle(third)).toBeNull();

      // Going back to an old slug takes it out of the redirects (no loop).
      await saveArticle(db, editor, id, await saveInput(id, { fields: { slug: original } }));
      const state = await articleState(id);
      expect(state.slug).toBe(original);
      expect(state.redirects).toEqual([second, third].sort());
      expect(await findRenamedArticle(original)).toBeNull();
      expect(await findRenamedArticle(third)).toBe(original);

      // Another article may not take a slug that still redirects here.
      const other = await draftBy(writer);
      const taken = await saveArticle(
        db,
        writer,
        other.id,
        await saveInput(other.id, { fields: { slug: second } }),
      );
      expect(taken).toMatchObject({ ok: false, errors: { slug: expect.any(String) } });
    });
  });

  describe("search index", () => {
    it("keeps a published article's search rows in step with its text; drafts stay out", async () => {
      const writer = await newsroomUser("WRITER");
      const editor = await newsroomUser("EDITOR");
      const draft = await draftBy(writer);
      await saveArticle(
        db,
        writer,
        draft.id,
        await saveInput(draft.id, { body: pagesDoc("Marram grass everywhere.") }),
      );
      expect(await searchRows(draft.id)).toEqual([]);

      const { id } = await publishedBy(writer, editor, "Kelp Forest Survey");
      expect(await searchRows(id)).toEqual([
        {
          page: 1,
          title: "Kelp Forest Survey",
          dek: "",
          body: "Body of Kelp Forest Survey.",
          authors: writer.name,
        },
      ]);

      const result = await saveArticle(
        db,
        editor,
        id,
        await saveInput(id, {
          fields: { title: "Seagrass Meadow Survey", dek: "Counting the meadow." },
          body: pagesDoc("Page one about eelgrass.", "Page two about cordgrass."),
        }),
      );
      expect(result).toMatchObject({ ok: true, wasPublished: true });
      expect(await searchRows(id)).toEqual([
        {
          page: 1,
          title: "Seagrass Meadow Survey",
          dek: "Counting the meadow.",
          body: "Page one about eelgrass.",
          authors: writer.name,
        },
        {
          page: 2,
          title: "Seagrass Meadow Survey",
          dek: "Counting the meadow.",
          body: "Page two about cordgrass.",
          authors: writer.name,
        },
      ]);
      expect(await searchFinds(id, "cordgrass")).toBe(true);
      expect(await searchFinds(id, "kelp")).toBe(false);
    });

    it("indexes only the teaser for everyone but subscribers once an editor makes a published article subscriber-only", async () => {
      const writer = await newsroomUser("WRITER");
      const editor = await newsroomUser("EDITOR");
      const { id } = await publishedBy(writer, editor);
      const result = await saveArticle(
        db,
        editor,
        id,
        await saveInput(id, {
          fields: { visibility: "SUBSCRIBERS" },
          body: doc(
            paragraph(text("Open first paragraph.")),
            paragraph(text("Open second paragraph.")),
            paragraph(text("Paywalled quahog detail.")),
            { type: "pageBreak" },
            paragraph(text("Paywalled geoduck page.")),
          ),
        }),
      );
      expect(result).toMatchObject({ ok: true, revisionCreated: true });
      expect((await searchRows(id)).map((r) => [r.page, r.body])).toEqual([
        [1, "Open first paragraph.\nOpen second paragraph."],
      ]);
      expect(await searchFinds(id, "quahog")).toBe(false);
      expect(await searchFinds(id, "geoduck")).toBe(false);
      // Subscribers' search has every page in full, and not the teaser a second time.
      expect((await searchRows(id, "subscriber")).map((r) => [r.page, r.body])).toEqual([
        [1, "Open first paragraph.\nOpen second paragraph.\nPaywalled quahog detail."],
        [2, "Paywalled geoduck page."],
      ]);
      expect(await searchFinds(id, "quahog", "subscriber")).toBe(true);
      expect(await searchFinds(id, "geoduck", "subscriber")).toBe(true);
    });
  });

  describe("permissions", () => {
    it("refuses a writer another writer's draft, leaving the row as it was", async () => {
      const owner = await newsroomUser("WRITER");
      const intruder = await newsroomUser("WRITER");
      const { id } = await draftBy(owner);
      const before = await articleState(id);
      const error = await appError(
        saveArticle(db, intruder, id, await saveInput(id, { fields: { title: "Hijacked" } })),
      );
      expect(error.code).toBe("FORBIDDEN");
      expect(await articleState(id)).toEqual(before);
    });

    it("refuses a writer their own article once it is published or scheduled", async () => {
      const writer = await newsroomUser("WRITER");
      const editor = await newsroomUser("EDITOR");
      const published = await publishedBy(writer, editor);
      const scheduled = await draftBy(writer);
      await changeStatus(db, editor, scheduled.id, {
        to: "SCHEDULED",
        at: new Date(Date.now() + 86_400_000),
      });
      for (const { id } of [published, scheduled]) {
        const before = await articleState(id);
        const error = await appError(
          saveArticle(db, writer, id, await saveInput(id, { fields: { title: "Late change" } })),
        );
        expect(error.code).toBe("FORBIDDEN");
        expect(await articleState(id)).toEqual(before);
      }
    });

    it("lets a writer keep editing their article in review, and a co-author edit it", async () => {
      const writer = await newsroomUser("WRITER");
      const coWriter = await newsroomUser("WRITER");
      await draftBy(coWriter); // gives the co-writer an author profile
      const { id, authorId } = await draftBy(writer);
      await changeStatus(db, writer, id, { to: "IN_REVIEW" });
      const mine = await saveArticle(
        db,
        writer,
        id,
        await saveInput(id, {
          fields: { title: "Reviewed title", authorIds: [authorId, await authorIdOf(coWriter)] },
        }),
      );
      expect(mine).toMatchObject({ ok: true });
      const theirs = await saveArticle(
        db,
        coWriter,
        id,
        await saveInput(id, { fields: { dek: "Co-written." } }),
      );
      expect(theirs).toMatchObject({ ok: true });
      expect(await articleState(id)).toMatchObject({
        status: "IN_REVIEW",
        title: "Reviewed title",
        dek: "Co-written.",
      });
    });

    it("refuses readers and anonymous visitors", async () => {
      const writer = await newsroomUser("WRITER");
      const reader = await newsroomUser("READER");
      const { id } = await draftBy(writer);
      const before = await articleState(id);
      const input = await saveInput(id, { fields: { title: "Reader edit" } });
      expect((await appError(saveArticle(db, reader, id, input))).code).toBe("FORBIDDEN");
      expect((await appError(saveArticle(db, null, id, input))).code).toBe("UNAUTHENTICATED");
      expect(await articleState(id)).toEqual(before);
    });

    it("says NOT_FOUND for an article that does not exist", async () => {
      const editor = await newsroomUser("EDITOR");
      const writer = await newsroomUser("WRITER");
      const { id } = await draftBy(writer);
      const input = await saveInput(id);
      expect((await appError(saveArticle(db, editor, "no-such-article", input))).code).toBe(
        "NOT_FOUND",
      );
    });

    it("lets editors and admins edit anyone's draft and published articles", async () => {
      const writer = await newsroomUser("WRITER");
      const editor = await newsroomUser("EDITOR");
      const admin = await newsroomUser("ADMIN");
      const draft = await draftBy(writer);
      const published = await publishedBy(writer, editor);
      for (const actor of [editor, admin]) {
        for (const { id } of [draft, published]) {
          const title = `Edited by ${actor.role} ${tag()}`;
          const result = await saveArticle(
            db,
            actor,
            id,
            await saveInput(id, { fields: { title } }),
          );
          expect(result).toMatchObject({ ok: true, revisionCreated: true });
          const revision = await db.articleRevision.findFirstOrThrow({
            where: { articleId: id },
            orderBy: { version: "desc" },
          });
          expect(revision).toMatchObject({ title, createdById: actor.id });
        }
      }
      expect(await searchRows(published.id)).toMatchObject([
        { title: expect.stringMatching(/^Edited by ADMIN/) },
      ]);
    });
  });
});

describe("findRenamedArticle", () => {
  it("answers only for published articles whose time has come", async () => {
    const article = await createArticle();
    const future = await createArticle({ publishedAt: new Date(Date.now() + 86_400_000) });
    const draft = await createArticle({ status: "DRAFT", publishedAt: null });
    const slugs = { live: `a-${tag()}`, future: `b-${tag()}`, draft: `c-${tag()}` };
    await db.slugRedirect.createMany({
      data: [
        { fromSlug: slugs.live, articleId: article.id },
        { fromSlug: slugs.future, articleId: future.id },
        { fromSlug: slugs.draft, articleId: draft.id },
      ],
    });
    expect(await findRenamedArticle(slugs.live)).toBe(article.slug);
    expect(await findRenamedArticle(slugs.future)).toBeNull();
    expect(await findRenamedArticle(slugs.future, new Date(Date.now() + 2 * 86_400_000))).toBe(
      future.slug,
    );
    expect(await findRenamedArticle(slugs.draft)).toBeNull();
    expect(await findRenamedArticle(`nothing-${tag()}`)).toBeNull();
  });
});
