import { feedResponse, parseFeedFile } from "@/lib/feeds/response";

/** /feeds/countries/FR.atom (codes in either case). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const code = parseFeedFile((await params).file, /^[A-Za-z]{2}$/);
  return feedResponse(code ? { kind: "country", code: code.toUpperCase() } : null);
}
