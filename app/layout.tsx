import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { SiteChrome } from "@/components/ui/site-chrome";
import { SyntheticBanner } from "@/components/ui/synthetic-banner";
import { metadataBase } from "@/lib/site/origin";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    // Social cards (a share link's image) need absolute URLs on the address people use.
    metadataBase: await metadataBase(),
    title: { default: "Guarantor — tracking security guarantees for Ukraine", template: "%s · Guarantor" },
    description:
      "Who has pledged what to the coalition of the willing, on which conditions, and what moved it — every fact with its source.",
  };
}

// Every page reads the live database; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

const NAV = [
  { href: "/", label: "Dashboard" },
  { href: "/countries", label: "Countries" },
  { href: "/pledges", label: "Pledges" },
  { href: "/compare", label: "Compare" },
  { href: "/map", label: "Map" },
  { href: "/capability", label: "Capability" },
  { href: "/what-if", label: "What if" },
  { href: "/conditions", label: "Conditions" },
  { href: "/frameworks", label: "Framework" },
  { href: "/events", label: "Timeline" },
  { href: "/sources", label: "Sources" },
  { href: "/methodology", label: "Methodology" },
  { href: "/api-docs", label: "API" },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteChrome>
        <header role="banner" className="bg-slate-900 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-white no-underline hover:no-underline">
              <span aria-hidden className="inline-block h-5 w-5 rounded-sm bg-gradient-to-b from-sky-500 from-50% to-yellow-400 to-50%" />
              Guarantor
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
              {NAV.map((n) => (
                <Link key={n.href} href={n.href} className="text-slate-300 no-underline hover:text-white">
                  {n.label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto">
              <UserMenu />
            </div>
          </div>
        </header>
        </SiteChrome>
        <SyntheticBanner />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <SiteChrome>
        <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500">
          Every fact cites a source and a verbatim quote. What the sources do not say is shown as “undisclosed”.{" "}
          <Link href="/methodology" className="underline">Methodology</Link>
        </footer>
        </SiteChrome>
      </body>
    </html>
  );
}
