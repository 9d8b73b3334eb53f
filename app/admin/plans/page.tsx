import type { Metadata } from "next";
import Link from "next/link";
import { PlanForm } from "@/components/admin/plan-form";
import { listPlansForAdmin } from "@/lib/admin/manage-plans";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { priceLabel } from "@/lib/subscriptions/plans";
import { savePlanAction } from "./actions";

export const metadata: Metadata = { title: "Plans", robots: { index: false } };

export default async function AdminPlansPage() {
  const admin = await requirePermission("plan:manage", "/admin/plans");
  const plans = await listPlansForAdmin(db, admin);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Plans</h1>
      <p className="mt-2 max-w-2xl font-sans text-sm text-stone-700">
        What readers can buy on{" "}
        <Link href="/subscribe" className="underline">
          /subscribe
        </Link>
        . A new price applies to new subscribers; existing ones keep the price they signed up at. A
        retired plan is no longer offered, and its subscribers keep it.
      </p>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="plan-list">
          <h2 id="plan-list" className="sr-only">
            All plans
          </h2>
          <table className="w-full font-sans text-sm">
            <thead className="border-b-2 border-stone-900 text-left">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Plan
                </th>
                <th scope="col" className="py-2 pr-4">
                  Price
                </th>
                <th scope="col" className="py-2 pr-4">
                  Print
                </th>
                <th scope="col" className="py-2 pr-4">
                  Order
                </th>
                <th scope="col" className="py-2 pr-4">
                  Running subscriptions
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id} className="border-b border-stone-200">
                  <td className="py-2 pr-4">
                    <Link
                      href={`/admin/plans/${plan.id}`}
                      className="font-semibold underline-offset-4 hover:underline"
                    >
                      {plan.name}
                    </Link>
                    <span className="block text-xs text-stone-600">/subscribe/{plan.slug}</span>
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {priceLabel(plan)}
                    {plan.trialDays > 0 && (
                      <span className="block text-xs text-stone-600">
                        {plan.trialDays}-day free trial
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-4">{plan.includesPrint ? "Yes" : "No"}</td>
                  <td className="py-2 pr-4">{plan.position}</td>
                  <td className="py-2 pr-4">{plan.running.toLocaleString("en-US")}</td>
                  <td className="py-2 pr-4">{plan.retiredAt ? "Retired" : "On sale"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plans.length === 0 && <p className="mt-4 font-sans text-sm">No plans yet.</p>}
        </section>
        <section aria-labelledby="new-plan">
          <h2 id="new-plan" className="font-serif text-2xl font-bold">
            New plan
          </h2>
          <div className="mt-3">
            <PlanForm
              action={savePlanAction}
              initial={{ interval: "MONTH", position: String(plans.length) }}
              submitLabel="Create plan"
              idPrefix="new-plan"
            />
          </div>
        </section>
      </div>
    </>
  );
}
