import type { Metadata } from "next";
import Link from "next/link";
import { PlanForm } from "@/components/admin/plan-form";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";
import { getPlanForAdmin, planFormValues } from "@/lib/admin/manage-plans";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { orErrorPage } from "@/lib/editor/page-errors";
import { formatLongDate } from "@/lib/text/format-date";
import { retirePlanAction, savePlanAction } from "../actions";

export const metadata: Metadata = { title: "Edit plan", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string; error?: string }>;
};

export default async function EditPlanPage({ params, searchParams }: Props) {
  const { id } = await params;
  const admin = await requirePermission("plan:manage", `/admin/plans/${id}`);
  const { notice, error } = await searchParams;
  const plan = await orErrorPage(getPlanForAdmin(db, admin, id));
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/admin/plans" className="underline underline-offset-4">
          ← All plans
        </Link>
      </p>
      <h1 className="mt-3 font-serif text-4xl font-bold">{plan.name}</h1>
      <p className="mt-1 font-sans text-sm text-stone-600">
        {plan.retiredAt
          ? `Retired on ${formatLongDate(plan.retiredAt)}: not offered on /subscribe.`
          : "On sale."}
      </p>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={notice?.slice(0, 200)} />
        <FormMessage message={error?.slice(0, 300)} />
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,32rem)_minmax(0,1fr)]">
        <section aria-labelledby="plan-details">
          <h2 id="plan-details" className="font-serif text-2xl font-bold">
            Details
          </h2>
          <div className="mt-3">
            <PlanForm
              action={savePlanAction}
              initial={planFormValues(plan)}
              planId={plan.id}
              submitLabel="Save plan"
              idPrefix="plan"
            />
          </div>
        </section>
        <section aria-labelledby="plan-sale">
          <h2 id="plan-sale" className="font-serif text-2xl font-bold">
            {plan.retiredAt ? "Offer again" : "Retire"}
          </h2>
          <p className="mt-3 font-sans text-sm text-stone-700">
            {plan.retiredAt
              ? "Put this plan back on /subscribe."
              : "Take this plan off /subscribe. Its subscribers keep it and keep renewing at their price."}
          </p>
          <form action={retirePlanAction} className="mt-3">
            <input type="hidden" name="planId" value={plan.id} />
            <input type="hidden" name="retired" value={plan.retiredAt ? "false" : "true"} />
            <SubmitButton variant={plan.retiredAt ? "secondary" : "danger"}>
              {plan.retiredAt ? "Offer this plan again" : "Retire this plan"}
            </SubmitButton>
          </form>
        </section>
      </div>
    </>
  );
}
