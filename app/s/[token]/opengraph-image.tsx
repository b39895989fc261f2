import { ImageResponse } from "next/og";
import { peekShare, shareTitle } from "@/lib/shares/queries";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "A shared view from Guarantor";

/**
 * The preview shown when a share link is pasted into chat or email. Satori (behind
 * ImageResponse) needs `display: flex` on every element with more than one child, so each
 * line is one string. It shows what the link opens, never the editor's private label.
 */
export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  const share = await peekShare((await params).token);
  const title = share ? await shareTitle(share.params) : "Link no longer active";
  const kind = share ? (share.frozenAt ? "Frozen view · " : "Live view · ") : "";
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#0f172a",
        color: "white",
        padding: 64,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 36 }}>
        <div style={{ width: 48, height: 48, display: "flex", flexDirection: "column" }}>
          <div style={{ flex: 1, background: "#0ea5e9" }} />
          <div style={{ flex: 1, background: "#facc15" }} />
        </div>
        <div style={{ display: "flex" }}>Guarantor</div>
      </div>
      <div style={{ display: "flex", fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>
        {title}
      </div>
      <div
        style={{ display: "flex", fontSize: 28, color: "#cbd5e1" }}
      >{`${kind}security guarantees for Ukraine · every fact sourced`}</div>
    </div>,
    size,
  );
}
