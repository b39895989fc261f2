import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/site/origin";

// Read at request time: the origin and the data are only known then.
export const dynamic = "force-dynamic";

// Share links, embeds, history and the editor's forms are not for search engines.
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/s/",
        "/embed/",
        "/history/",
        "/edit/",
        "/shares",
        "/admin/",
        "/sign-in",
        "/api/",
      ],
    },
    sitemap: `${await publicOrigin()}/sitemap.xml`,
  };
}
