import { feedResponse, parseFeedFile } from "@/lib/feeds/response";
import { SLUG } from "@/lib/codes";

/** /feeds/conditions/us-backstop.atom */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseFeedFile((await params).file);
  const slug = name && SLUG.test(name) ? name : null;
  return feedResponse(slug ? { kind: "condition", slug } : null);
}
