import type { Metadata } from "next";
import { FormMessage } from "@/components/ui/form-field";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/text/format-date";
import { listUsers, type UserRow } from "@/lib/users/admin-users";
import { changeRoleAction, setDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

const ROLE_LABEL: Record<(typeof ROLES)[number], string> = {
  READER: "Reader",
  WRITER: "Writer",
  EDITOR: "Editor",
  ADMIN: "Admin",
};

type Props = {
  searchParams: Promise<{ q?: string; page?: string; notice?: string; error?: string }>;
};

function usersHref(q: string, page: number) {
  const params = new URLSearchParams({
    ...(q ? { q } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  });
  const query = params.toString();
  return query ? `/admin/users?${query}` : "/admin/users";
}

function UserActions({ user, self, returnTo }: { user: UserRow; self: boolean; returnTo: string }) {
  const label = `${user.name} (${user.email})`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={changeRoleAction} className="flex items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role for {label}
        </label>
        <select
          id={`role-${user.id}`}
          name="role"
          defaultValue={user.role}
          className="border border-stone-400 bg-white px-2 py-1"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABEL[role]}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="border border-stone-900 px-3 py-1 font-semibold hover:bg-stone-100"
          aria-label={`Save role for ${label}`}
        >
          Save role
        </button>
      </form>
      {!self && (
        <form action={setDisabledAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button
            type="submit"
            className="px-3 py-1 text-red-800 underline underline-offset-4 hover:text-red-950"
            aria-label={`${user.disabled ? "Enable" : "Disable"} ${label}`}
          >
            {user.disabled ? "Enable" : "Disable"}
          </button>
        </form>
      )}
    </div>
  );
}

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requirePermission("user:list", "/admin/users");
  const params = await searchParams;
  const requestedPage = Number.parseInt(params.page ?? "1", 10);
  const { users, q, page, total, totalPages } = await listUsers(db, admin, {
    q: typeof params.q === "string" ? params.q : "",
    page: Number.isFinite(requestedPage) ? Math.min(requestedPage, 100_000) : 1,
  });
  const returnTo = usersHref(q, page);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Users</h1>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={params.notice?.slice(0, 200)} />
        <FormMessage message={params.error?.slice(0, 200)} />
      </div>
      <form
        method="get"
        role="search"
        className="mt-6 flex flex-wrap items-end gap-3 font-sans text-sm"
      >
        <div>
          <label htmlFor="users-q" className="block font-semibold">
            Name or email
          </label>
          <input
            id="users-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            className="mt-1 w-full border border-stone-400 px-3 py-2 sm:w-72"
          />
        </div>
        <button type="submit" className="bg-stone-900 px-4 py-2 font-semibold text-white">
          Search
        </button>
      </form>
      <p className="mt-6 font-sans text-sm text-stone-600" aria-live="polite">
        {total} {total === 1 ? "account" : "accounts"}
        {q ? ` matching “${q}”` : ""}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full font-sans text-sm">
          <thead className="border-b-2 border-stone-900 text-left">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Email
              </th>
              <th scope="col" className="hidden py-2 pr-4 sm:table-cell">
                Joined
              </th>
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2 pr-4">
                Role and access
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-stone-200 align-middle">
                <td className="py-2 pr-4 font-semibold">{user.name}</td>
                <td className="py-2 pr-4 break-all">{user.email}</td>
                <td className="hidden py-2 pr-4 whitespace-nowrap sm:table-cell">
                  {formatLongDate(user.createdAt)}
                </td>
                <td className="py-2 pr-4">{user.disabled ? "Disabled" : "Active"}</td>
                <td className="py-2 pr-4">
                  <UserActions user={user} self={user.id === admin.id} returnTo={returnTo} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {users.length === 0 && (
          <p className="mt-4 font-sans text-sm">No accounts match that search.</p>
        )}
      </div>
      <Pagination
        page={page}
        totalPages={totalPages}
        hrefFor={(n) => usersHref(q, n)}
        label="User list pages"
      />
    </>
  );
}
