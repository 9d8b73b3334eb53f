import Link from "next/link";
import { SiteShell } from "@/components/layout/site-shell";
import { requestedPath, requirePermission } from "@/lib/auth/current-user";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Each page and action checks again; a layout check alone would not protect actions.
  await requirePermission("admin:access", await requestedPath("/admin"));
  return (
    <SiteShell>
      <nav aria-label="Admin" className="mb-8 border-b border-stone-300 font-sans text-sm">
        <ul className="flex flex-wrap gap-x-4">
          <li>
            <Link href="/admin" className="inline-block py-2 hover:underline">
              Overview
            </Link>
          </li>
          <li>
            <Link href="/admin/subscriptions" className="inline-block py-2 hover:underline">
              Subscriptions
            </Link>
          </li>
          <li>
            <Link href="/admin/users" className="inline-block py-2 hover:underline">
              Users
            </Link>
          </li>
          <li>
            <Link href="/admin/plans" className="inline-block py-2 hover:underline">
              Plans
            </Link>
          </li>
          <li>
            <Link href="/admin/offers" className="inline-block py-2 hover:underline">
              Offers
            </Link>
          </li>
          <li>
            <Link href="/admin/gifts" className="inline-block py-2 hover:underline">
              Gifts
            </Link>
          </li>
          <li>
            <Link href="/admin/ads" className="inline-block py-2 hover:underline">
              Ads
            </Link>
          </li>
          <li>
            <Link href="/admin/print" className="inline-block py-2 hover:underline">
              Print list
            </Link>
          </li>
          <li>
            <Link href="/admin/audit" className="inline-block py-2 hover:underline">
              Audit
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </SiteShell>
  );
}
