/** "Follow": the page's Atom feed of published changes. */
export function FollowLink({ href, what }: { href: string; what: string }) {
  return (
    <a
      href={href}
      type="application/atom+xml"
      title={`Atom feed of published changes to ${what}`}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 no-underline hover:bg-slate-50"
    >
      <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-orange-500">
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5v2.2A6.3 6.3 0 0 1 7.3 15h2.2A8.5 8.5 0 0 0 1 6.5Zm0-4.5v2.2A10.8 10.8 0 0 1 11.8 15H14A13 13 0 0 0 1 2Z" />
      </svg>
      Follow
    </a>
  );
}
