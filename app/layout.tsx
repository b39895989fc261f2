import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { MenuButton } from "@/components/ui/menu-button";
import { SavedNotice } from "@/components/editor/saved-notice";
import { SiteChrome } from "@/components/ui/site-chrome";
import { SyntheticBanner } from "@/components/ui/synthetic-banner";
import { metadataBase } from "@/lib/site/origin";
import "./globals.css";
import { signOutAction } from "./(auth)/sign-in/actions";

export async function generateMetadata(): Promise<Metadata> {
  return {
    // Social cards (a share link's image) need absolute URLs on the address people use.
    metadataBase: await metadataBase(),
    title: {
      default: "Guarantor — tracking security guarantees for Ukraine",
      template: "%s · Guarantor",
    },
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
  { href: "/releases", label: "Releases" },
  { href: "/methodology", label: "Methodology" },
  { href: "/api-docs", label: "API" },
];

function NavLinks({ className }: { className: string }) {
  return NAV.map((n) => (
    <Link key={n.href} href={n.href} className={`${className} no-underline hover:text-white`}>
      {n.label}
    </Link>
  ));
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <SiteChrome>
          <header role="banner" className="relative bg-slate-900 text-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 md:gap-x-8">
              <Link
                href="/"
                className="flex items-center gap-2 text-lg font-semibold text-white no-underline hover:no-underline"
              >
                <span
                  aria-hidden
                  className="inline-block h-5 w-5 rounded-sm bg-gradient-to-b from-sky-500 from-50% to-yellow-400 to-50%"
                />
                Guarantor
              </Link>
              {/* Wide screens list the pages on a row of their own, under the name and the
                  account; a phone folds them behind a menu button. */}
              <nav
                aria-label="Main"
                className="hidden flex-wrap gap-x-5 gap-y-1 text-sm md:order-last md:flex md:w-full"
              >
                <NavLinks className="py-0.5 text-slate-300" />
              </nav>
              <MenuButton className="ml-auto md:hidden">
                <nav aria-label="Main" className="grid grid-cols-2 gap-x-4">
                  <NavLinks className="flex min-h-11 items-center text-base text-slate-200" />
                </nav>
              </MenuButton>
              <div className="md:ml-auto">
                <UserMenu signOut={signOutAction} />
              </div>
            </div>
          </header>
        </SiteChrome>
        <SyntheticBanner />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          <SavedNotice />
          {children}
        </main>
        <SiteChrome>
          <footer className="border-t border-slate-200 px-4 py-6 text-center text-xs text-slate-500">
            Every fact cites a source and a verbatim quote. What the sources do not say is shown as
            “undisclosed”.{" "}
            <Link href="/methodology" className="underline">
              Methodology
            </Link>
          </footer>
        </SiteChrome>
      </body>
    </html>
  );
}
