import { feedResponse, parseFeedFile } from "@/lib/feeds/response";
import { parseCountryCode } from "@/lib/codes";

/** /feeds/countries/FR.atom (codes in either case). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseFeedFile((await params).file);
  const code = name && parseCountryCode(name);
  return feedResponse(code ? { kind: "country", code } : null);
}
