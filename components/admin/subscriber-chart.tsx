import type { MonthPoint } from "@/lib/admin/business-metrics";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 8, bottom: 28, left: 44 };

/** A round top for the axis: 1, 2 or 5 times a power of ten, at least `max`. */
function niceMax(max: number): number {
  if (max <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= max)!;
}

/**
 * Active subscriptions per month as bars, drawn on the server as SVG: no script, readable
 * in any browser. Screen readers get a summary from the image's label and the full
 * figures from the table below it.
 */
export function SubscriberChart({ points }: { points: MonthPoint[] }) {
  const top = niceMax(Math.max(0, ...points.map((point) => point.active)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(points.length, 1);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const first = points[0];
  const last = points[points.length - 1];
  const label =
    first && last
      ? `Bar chart of active subscribers per month, ${first.label} to ${last.label}: ${first.active.toLocaleString("en-US")} at the start, ${last.active.toLocaleString("en-US")} now. The figures are in the table that follows.`
      : "Bar chart of active subscribers per month: no figures yet.";
  return (
    <figure className="mt-4">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-3xl font-sans"
      >
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d6d3d1" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#57534e">
              {tick.toLocaleString("en-US")}
            </text>
          </g>
        ))}
        {points.map((point, index) => {
          const x = PAD.left + index * slot + slot * 0.15;
          return (
            <g key={point.month}>
              <rect
                x={x}
                y={y(point.active)}
                width={slot * 0.7}
                height={Math.max(0, PAD.top + plotHeight - y(point.active))}
                fill={index === points.length - 1 ? "#991b1b" : "#1c1917"}
              />
              <text
                x={x + slot * 0.35}
                y={HEIGHT - 10}
                textAnchor="middle"
                fontSize="10"
                fill="#44403c"
              >
                {point.label.slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 font-sans text-xs text-stone-600">
        Active subscribers at the close of each month (UTC); the red bar is this month so far.
      </figcaption>
      <details className="mt-2 font-sans text-sm">
        <summary className="cursor-pointer underline underline-offset-4">
          The figures as a table
        </summary>
        <table className="mt-2">
          <caption className="sr-only">Active subscribers per month</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="pr-6">
                Month
              </th>
              <th scope="col" className="text-right">
                Active subscribers
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.month}>
                <th scope="row" className="pr-6 text-left font-normal">
                  {point.label}
                </th>
                <td className="text-right">{point.active.toLocaleString("en-US")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
