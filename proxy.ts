import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteWrite } from "@/lib/security/origin";

/** Refuses writes coming from other sites; authorization itself is checked in each action. */
export function proxy(request: NextRequest) {
  const extra = process.env.GUARANTOR_URL ? [process.env.GUARANTOR_URL] : [];
  if (isCrossSiteWrite(request, extra)) {
    return new NextResponse("Refused: this request came from another site (its Origin does not match).\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
