import Link from "next/link";
import { formatMoney } from "@/lib/subscriptions/money";
import { intervalWord, type PlanView } from "@/lib/subscriptions/plans";

/** One plan on /subscribe: price, what it includes, and the button that starts checkout. */
export function PlanCard({ plan, highlighted }: { plan: PlanView; highlighted?: boolean }) {
  const headingId = `plan-${plan.slug}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`flex flex-col border-2 bg-white p-6 font-sans ${highlighted ? "border-red-800" : "border-stone-300"}`}
    >
      {highlighted && (
        <p className="-mt-2 mb-2 text-xs font-semibold tracking-widest text-red-800 uppercase">
          Best value
        </p>
      )}
      <h2 id={headingId} className="font-serif text-2xl font-bold">
        {plan.name}
      </h2>
      <p className="mt-3">
        <span className="font-serif text-4xl font-bold">
          {formatMoney(plan.priceAmount, plan.currency)}
        </span>{" "}
        <span className="text-stone-700">a {intervalWord(plan.interval)}</span>
      </p>
      {plan.description && <p className="mt-2 text-sm text-stone-700">{plan.description}</p>}
      <ul className="mt-4 flex-1 space-y-1.5 text-sm text-stone-800">
        {plan.features.map((feature) => (
          <li key={feature} className="flex gap-2">
            <span aria-hidden className="text-red-800">
              ✓
            </span>
            {feature}
          </li>
        ))}
      </ul>
      <Link
        href={`/subscribe/${plan.slug}`}
        className="mt-6 block bg-stone-900 px-5 py-3 text-center font-semibold text-white hover:bg-red-800"
        aria-label={`Choose ${plan.name}`}
      >
        Choose {plan.name}
      </Link>
    </section>
  );
}
