/**
 * First-load JS per route, from the production build's manifests: the root main files
 * every page loads (.next/build-manifest.json) plus the entry chunks of the route's
 * layouts and page (its page_client-reference-manifest.js, `entryJSFiles`), each file
 * counted once and gzipped as a server or CDN would send it. Polyfills (nomodule, not
 * loaded by current browsers) are left out.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { ROOT } from "./cli";
import type { Section } from "./bench-report";

export type RouteJs = {
  route: string;
  files: number;
  rawKb: number;
  gzipKb: number;
  /** Of gzipKb, the root main files every route loads: the Next.js and React runtime. */
  runtimeGzipKb: number;
  isPublic: boolean;
};

const NEXT = path.join(ROOT, ".next");

function manifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return manifests(full);
    return e.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

/** The route as a reader types it: route groups dropped, `/page` dropped. */
function routeOf(key: string): string {
  return key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
}

export function firstLoadJs(): RouteJs[] {
  const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const gz = new Map<string, [number, number]>();
  const size = (file: string) => {
    if (!gz.has(file)) {
      const body = readFileSync(path.join(NEXT, file.replace(/^\/?_next\//, "")));
      gz.set(file, [body.length, gzipSync(body, { level: 9 }).length]);
    }
    return gz.get(file)!;
  };
  return manifests(path.join(NEXT, "server", "app"))
    .flatMap((file) => {
      const sandbox = {
        globalThis: {} as {
          __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }>;
        },
      };
      vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
      return Object.entries(sandbox.globalThis.__RSC_MANIFEST ?? {});
    })
    .map(([key, m]) => {
      const files = new Set(
        [...build.rootMainFiles, ...Object.values(m.entryJSFiles ?? {}).flat()].map((f) =>
          f.replace(/^\/?_next\//, ""),
        ),
      );
      const [raw, zipped] = [...files].map(size).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
      const runtime = build.rootMainFiles
        .map((f) => size(f.replace(/^\/?_next\//, ""))[1])
        .reduce((a, b) => a + b, 0);
      const isPublic = /^\/(\(public\)|s|embed)\//.test(key);
      return {
        route: routeOf(key),
        files: files.size,
        rawKb: raw / 1024,
        gzipKb: zipped / 1024,
        runtimeGzipKb: runtime / 1024,
        isPublic,
      };
    })
    .filter((r) => !r.route.startsWith("/_"))
    .sort((a, b) => Number(b.isPublic) - Number(a.isPublic) || a.route.localeCompare(b.route));
}

export function jsSection(routes: RouteJs[], budgetKb = 120): Section {
  const over = routes.filter((r) => r.isPublic && r.gzipKb > budgetKb);
  return {
    title: "First-load JS per route (gzip, from the build's manifests)",
    header: ["route", "public", "files", "raw kB", "gzip kB", "runtime gzip kB", "app gzip kB"],
    rows: routes.map((r) => [
      r.route,
      r.isPublic ? "yes" : "",
      String(r.files),
      r.rawKb.toFixed(0),
      r.gzipKb.toFixed(1),
      r.runtimeGzipKb.toFixed(1),
      (r.gzipKb - r.runtimeGzipKb).toFixed(1),
    ]),
    note: [
      over.length
        ? `Public routes over ${budgetKb} kB gzip: ${over.map((r) => r.route).join(", ")}.`
        : `Every public route is within ${budgetKb} kB gzip.`,
      `"runtime" is the root main files every route loads (Next.js and React); "app" is the rest,`,
      `this project's own client code for the route. A blank Next.js App Router page (one layout,`,
      `one paragraph, no client code) ships about 131 kB gzip with this Next.js version (README).`,
    ].join(" "),
  };
}
