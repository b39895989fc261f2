import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";

// better-auth's own endpoints (sessions, sign-out); it checks origins and rate-limits.
export async function GET(request: Request) {
  return toNextJsHandler(auth()).GET(request);
}

export async function POST(request: Request) {
  return toNextJsHandler(auth()).POST(request);
}
