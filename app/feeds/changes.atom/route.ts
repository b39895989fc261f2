import { feedResponse } from "@/lib/feeds/response";

export const GET = () => feedResponse({ kind: "all" });
