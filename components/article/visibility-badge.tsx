import type { Visibility } from "@/lib/subscriptions/entitlements";

const LABELS: Record<Visibility, string | null> = {
  PUBLIC: null,
  MEMBERS: "Free account",
  SUBSCRIBERS: "Subscribers",
};

/** The kicker's mark on an article not everyone may read in full. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const label = LABELS[visibility];
  if (!label) return null;
  return (
    <span
      className={`ml-2 rounded-sm px-1.5 py-0.5 text-[10px] ${
        visibility === "SUBSCRIBERS"
          ? "bg-stone-900 text-white"
          : "border border-stone-900 text-stone-900"
      }`}
    >
      {label}
    </span>
  );
}
