import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  CancelForm,
  ChangePlanForm,
  GrantComplimentaryForm,
  RefundForm,
} from "@/components/admin/subscription-actions";
import { getSubscriptionDetail } from "@/lib/admin/subscription-detail";
import { STATUS_LABEL } from "@/lib/admin/subscription-filters";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/subscriptions/money";
import { planChangeRefusal } from "@/lib/admin/change-plan";
import { priceLabel } from "@/lib/subscriptions/plans";
import { formatLongDate } from "@/lib/text/format-date";

export const metadata: Metadata = { title: "Subscription", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 border-b border-stone-200 py-2">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="font-sans text-sm font-bold tracking-widest uppercase">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

async function load(id: string) {
  const admin = await requirePermission("subscription:manage", `/admin/subscriptions/${id}`);
  try {
    return await getSubscriptionDetail(db, admin, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function AdminSubscriptionPage({ params }: Props) {
  const { id } = await params;
  const { subscription: s, payments, timeline, plans } = await load(id);
  const reader = s.user;
  const address = reader.address;
  const periodEnd = formatLongDate(s.currentPeriodEnd);
  const planOptions = plans.map((plan) => ({
    id: plan.id,
    label: `${plan.name} (${priceLabel(plan)})`,
  }));
  const planChangeable = planChangeRefusal(s, new Date()) === null;
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/admin/subscriptions" className="underline underline-offset-4">
          ← All subscriptions
        </Link>
      </p>
      <h1 className="mt-4 font-serif text-4xl font-bold">
        {reader.deletedAt ? "(deleted account)" : reader.name}
      </h1>
      <p className="font-sans text-stone-600">{reader.deletedAt ? "" : reader.email}</p>

      <dl className="mt-6 max-w-2xl font-sans text-sm">
        <Row label="Plan">
          {s.plan.name}
          {s.plan.includesPrint ? " (with print)" : " (digital)"}
          {s.complimentary && " · complimentary"}
          {s.nextPlan && (
            <span className="block text-stone-600">
              Moves to {s.nextPlan.name} ({formatMoney(s.nextPlan.priceAmount, s.nextPlan.currency)}
              ) on {periodEnd}
            </span>
          )}
        </Row>
        <Row label="Status">
          {STATUS_LABEL[s.status]}
          {s.cancelAtPeriodEnd && s.status !== "CANCELED" && ", ends at period end"}
        </Row>
        <Row label="Price">
          {formatMoney(s.priceAmount, s.currency)}
          {s.discountAmount > 0 && (
            <span className="block text-stone-600">
              Offer {s.offer?.code ?? "(removed)"}: −{formatMoney(s.discountAmount, s.currency)} per
              discounted payment,{" "}
              {s.discountPeriodsLeft === null
                ? "on every payment"
                : `${s.discountPeriodsLeft} discounted payment${s.discountPeriodsLeft === 1 ? "" : "s"} to come`}
            </span>
          )}
        </Row>
        {s.trialEnd && (
          <Row label="Free trial">
            {s.status === "TRIALING" ? "Until" : "Ended"} {formatLongDate(s.trialEnd)}
          </Row>
        )}
        <Row label="Current period">
          {formatLongDate(s.currentPeriodStart)} to {periodEnd}
        </Row>
        <Row label="Started">{formatLongDate(s.createdAt)}</Row>
        <Row label="Billed by">
          {s.provider === "stripe"
            ? "Stripe"
            : s.provider === "complimentary"
              ? "Complimentary (no billing)"
              : "Demo provider (test mode)"}
        </Row>
        <Row label="Guarantee">
          {s.firstPaidAt
            ? s.guarantee
              ? "Within the 60-day money-back guarantee"
              : "The 60-day guarantee has passed"
            : "No payment yet"}
        </Row>
        <Row label="Address">
          {address ? (
            <address className="not-italic">
              {[
                address.name,
                address.line1,
                address.line2,
                `${address.city} ${address.region} ${address.postalCode}`.trim(),
                address.country,
              ]
                .filter(Boolean)
                .map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
            </address>
          ) : (
            "None on file"
          )}
        </Row>
      </dl>

      <Section id="actions-heading" title="Actions">
        <div className="grid max-w-4xl gap-8 md:grid-cols-2">
          <div>
            <h3 className="font-sans font-semibold">Complimentary months</h3>
            {reader.deletedAt ? (
              <p className="font-sans text-sm">This account was deleted.</p>
            ) : (
              <GrantComplimentaryForm
                plans={planOptions}
                userId={reader.id}
                readerLabel={reader.name}
                defaultPlanId={s.planId}
              />
            )}
          </div>
          {planChangeable && (
            <div>
              <h3 className="font-sans font-semibold">Plan from the next period</h3>
              <ChangePlanForm
                subscriptionId={s.id}
                plans={planOptions}
                currentPlanId={s.planId}
                periodEnd={periodEnd}
              />
            </div>
          )}
          {s.status !== "CANCELED" && (
            <div>
              <h3 className="font-sans font-semibold">Cancel</h3>
              <div className="space-y-4">
                {s.live && !s.cancelAtPeriodEnd && (
                  <CancelForm subscriptionId={s.id} when="period-end" periodEnd={periodEnd} />
                )}
                <CancelForm subscriptionId={s.id} when="now" periodEnd={periodEnd} />
              </div>
            </div>
          )}
        </div>
      </Section>

      <Section id="payments-heading" title="Payments">
        {payments.length === 0 ? (
          <p className="font-sans text-sm">No payments.</p>
        ) : (
          <ul className="max-w-3xl divide-y divide-stone-200 font-sans text-sm">
            {payments.map((payment) => {
              const label = `${formatMoney(payment.amount, payment.currency)} of ${formatLongDate(payment.createdAt)}`;
              return (
                <li key={payment.id} className="py-3">
                  <p>
                    <span className="font-semibold">{label}</span> ·{" "}
                    {payment.status === "PAID" ? "Paid" : "Failed"}
                    {payment.cardLast4 && ` · card ending ${payment.cardLast4}`}
                    {payment.refundedAmount > 0 &&
                      ` · refunded ${formatMoney(payment.refundedAmount, payment.currency)}`}
                  </p>
                  <p className="text-stone-600">{payment.description}</p>
                  {payment.discountAmount > 0 && (
                    <p className="text-stone-600">
                      {payment.discountLabel ?? "Discount"}: −
                      {formatMoney(payment.discountAmount, payment.currency)}
                    </p>
                  )}
                  {payment.refundable > 0 && (
                    <div className="mt-2 max-w-md">
                      <RefundForm
                        subscriptionId={s.id}
                        paymentId={payment.id}
                        paymentLabel={label}
                        refundable={(payment.refundable / 100).toFixed(2)}
                        currency={payment.currency}
                        guarantee={s.guarantee}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section id="timeline-heading" title="Timeline">
        <ol className="max-w-3xl space-y-3 border-l-2 border-stone-300 pl-4 font-sans text-sm">
          {timeline.map((entry) => (
            <li key={entry.id}>
              <p>
                <time dateTime={entry.at.toISOString()} className="text-stone-600">
                  {dateTime.format(entry.at)} UTC
                </time>{" "}
                · <span className="font-semibold">{entry.title}</span>
                {entry.source === "admin" && " (admin)"}
                {entry.actorName && ` · by ${entry.actorName}`}
              </p>
              {entry.detail && <p>{entry.detail}</p>}
            </li>
          ))}
        </ol>
        {timeline.length === 0 && <p className="font-sans text-sm">Nothing has happened yet.</p>}
      </Section>
    </>
  );
}
