import { toNextJsHandler } from "better-auth/next-js";
import { isOpenAuthEndpoint } from "@/lib/auth/endpoints";
import { auth } from "@/lib/auth/server";

// better-auth's endpoints, only those the app uses (lib/auth/endpoints.ts); the rest are 404.
function notFound() {
  return new Response("Not found.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

export async function GET(request: Request) {
  if (!isOpenAuthEndpoint("GET", new URL(request.url).pathname)) return notFound();
  return toNextJsHandler(auth()).GET(request);
}

export async function POST(request: Request) {
  if (!isOpenAuthEndpoint("POST", new URL(request.url).pathname)) return notFound();
  return toNextJsHandler(auth()).POST(request);
}
