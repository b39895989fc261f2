import "server-only";
import { db } from "@/lib/db";
import { buildChangelog, neededBump, type AuditRow, type ChangelogItem } from "./changelog";
import type { Dump } from "./columns";
import { schemaHash } from "./files";
import { bumpVersion, formatVersion, parseVersion, VERSION_PATTERN, type Bump } from "./schema";

const summarySelect = {
  id: true,
  version: true,
  major: true,
  minor: true,
  patch: true,
  note: true,
  createdAt: true,
  snapshotAt: true,
  createdByName: true,
  sha256: true,
  schemaHash: true,
  auditCutoff: true,
} as const;

const newestFirst = [
  { major: "desc" as const },
  { minor: "desc" as const },
  { patch: "desc" as const },
];

export async function listReleases() {
  return db.release.findMany({ select: summarySelect, orderBy: newestFirst, take: 500 });
}

export async function getLatestRelease() {
  return db.release.findFirst({ select: summarySelect, orderBy: newestFirst });
}

/** One release with its changelog and its files' names, sizes and hashes (not their bytes). */
export async function getRelease(version: string) {
  if (!VERSION_PATTERN.test(version)) return null;
  const release = await db.release.findUnique({
    where: { version },
    select: {
      ...summarySelect,
      changelog: true,
      files: {
        select: { name: true, mediaType: true, sha256: true, bytes: true },
        orderBy: { name: "asc" },
      },
    },
  });
  if (!release) return null;
  const previous = await db.release.findFirst({
    where: { auditCutoff: { lt: release.auditCutoff }, createdAt: { lt: release.createdAt } },
    select: { version: true },
    orderBy: { createdAt: "desc" },
  });
  return {
    ...release,
    changelog: release.changelog as ChangelogItem[],
    previous: previous?.version ?? null,
  };
}

export async function getReleaseFile(version: string, name: string) {
  if (!VERSION_PATTERN.test(version) || !/^[\w.-]{1,80}$/.test(name)) return null;
  return db.releaseFile.findFirst({
    where: { name, release: { version } },
    select: { name: true, mediaType: true, content: true, sha256: true },
  });
}

// A release never changes, so its parsed data is kept once read (the last few only).
const dumps = new Map<string, Promise<Dump | null>>();
const KEEP = 4;

/** The release's dataset (dataset.json, parsed), or null for an unknown release. */
export function loadReleaseDump(version: string): Promise<Dump | null> {
  const hit = dumps.get(version);
  if (hit) return hit;
  const loading = getReleaseFile(version, "dataset.json").then((f) =>
    f ? (JSON.parse(Buffer.from(f.content).toString("utf8")) as Dump) : null,
  );
  loading.then((d) => d ?? dumps.delete(version)).catch(() => dumps.delete(version));
  dumps.set(version, loading);
  if (dumps.size > KEEP) dumps.delete(dumps.keys().next().value!);
  return loading;
}

export async function listReleaseVersions() {
  const rows = await db.release.findMany({
    select: { version: true },
    orderBy: newestFirst,
    take: 20,
  });
  return rows.map((r) => r.version);
}

const auditSelect = {
  id: true,
  at: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  reason: true,
  citationSourceId: true,
  citationQuote: true,
} as const;

/** Audit entries after one cut-off, up to another (inclusive). */
export async function auditBetween(after: bigint, upTo?: bigint): Promise<AuditRow[]> {
  return db.auditEntry.findMany({
    where: { id: { gt: after, ...(upTo !== undefined ? { lte: upTo } : {}) } },
    select: auditSelect,
    orderBy: { id: "asc" },
  });
}

export type PendingRelease = {
  latest: { version: string; createdAt: Date } | null;
  changelog: ChangelogItem[];
  schemaChanged: boolean;
  needed: Bump | null;
  suggested: string;
};

/** What has changed since the latest release, and the number the next one should get. */
export async function getPendingRelease(): Promise<PendingRelease> {
  const latest = await getLatestRelease();
  const changelog = buildChangelog(await auditBetween(latest?.auditCutoff ?? 0n));
  const schemaChanged = !!latest && latest.schemaHash !== schemaHash();
  const needed = latest ? neededBump(changelog, schemaChanged) : "major";
  const suggested = formatVersion(
    bumpVersion(latest ? parseVersion(latest.version) : null, needed ?? "patch"),
  );
  return {
    latest: latest && { version: latest.version, createdAt: latest.createdAt },
    changelog,
    schemaChanged,
    needed,
    suggested,
  };
}
