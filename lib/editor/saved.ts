import "server-only";
import { cookies } from "next/headers";
import { SAVED_COOKIE, type SavedNotice } from "./saved-cookie";

/** Asks the page at `path` (the saved record's) to show "Saved" once, with its history link. */
export async function markSaved(path: string, history: string | null): Promise<void> {
  const notice: SavedNotice = { path: path.split("#")[0]!.split("?")[0]!, history };
  (await cookies()).set(SAVED_COOKIE, JSON.stringify(notice), {
    path: "/",
    maxAge: 60,
    sameSite: "lax",
    httpOnly: false,
  });
}
