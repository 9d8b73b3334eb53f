import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: "The Meridian", template: "%s · The Meridian" },
  description:
    "An independent magazine of long-form reporting on politics, finance, foreign affairs, the environment, culture and technology.",
  alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: "The Meridian" }] } },
  openGraph: { siteName: "The Meridian", type: "website" },
  // Static files in public/, made by scripts/make-icons.mjs from public/favicon.svg (no
  // app/icon.* file: Next.js would add a second, competing icon link for it).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
  manifest: "/site.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
