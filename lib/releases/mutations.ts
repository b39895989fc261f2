import "server-only";
import { randomBytes } from "node:crypto";
import { requirePermission, type SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { dumpChunks } from "@/lib/exports/dump";
import { buildChangelog, neededBump } from "./changelog";
import { buildReleaseFiles, schemaHash, sha256 } from "./files";
import { auditBetween, getLatestRelease } from "./queries";
import {
  atLeast,
  BUMP_WORDS,
  bumpOf,
  bumpVersion,
  compareVersions,
  formatVersion,
  parseVersion,
  type PublishReleaseInput,
} from "./schema";

export type PublishResult =
  | { ok: true; version: string }
  | { ok: false; status: 401 | 403 | 409 | 422; message: string; field?: "version" };

/** "Guarantor dataset v1.2.0, 2026-12-01, <url>": how the release page asks to be cited. */
export const citationOf = (version: string, createdAt: Date, url: string) =>
  `Guarantor dataset v${version}, ${createdAt.toISOString().slice(0, 10)}, ${url}`;

const dataVersion = async () =>
  (await db.dataVersion.findUnique({ where: { id: 1 }, select: { value: true } }))?.value ?? 0n;

/**
 * Reads the published dataset and the audit cut-off as one consistent moment: the data
 * version (bumped by a trigger on every write) must be the same before and after the
 * read, else a write slipped in and the read is made again.
 */
async function readConsistently() {
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await dataVersion();
    const snapshotAt = new Date();
    const cutoff = (await db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    let text = "";
    for await (const chunk of dumpChunks(snapshotAt)) text += chunk;
    if ((await dataVersion()) === before) return { text, cutoff, snapshotAt };
  }
  return null;
}

/**
 * Publishes a release: the published dataset as it is now, stored with its files and
 * changelog, never to change. The number must follow the latest release and be at
 * least the bump its changes need (facts added: minor; a schema change: major).
 */
export async function publishRelease(
  user: SessionUser | null,
  input: PublishReleaseInput,
  origin: string,
): Promise<PublishResult> {
  let editor: SessionUser;
  try {
    editor = requirePermission(user, "data:publish");
  } catch (error) {
    return {
      ok: false,
      status: (error as { status: 401 | 403 }).status,
      message: (error as Error).message,
    };
  }
  const chosen = parseVersion(input.version)!;
  const latest = await getLatestRelease();
  const read = await readConsistently();
  if (!read)
    return {
      ok: false,
      status: 409,
      message: "The data kept changing while the release was being made. Try again in a moment.",
    };
  const changelog = buildChangelog(await auditBetween(latest?.auditCutoff ?? 0n, read.cutoff));
  const schema = schemaHash();
  if (latest) {
    const previous = parseVersion(latest.version)!;
    if (compareVersions(chosen, previous) === 0) {
      return {
        ok: false,
        status: 422,
        field: "version",
        message: `Release ${input.version} already exists: choose a higher number.`,
      };
    }
    if (compareVersions(chosen, previous) < 0) {
      return {
        ok: false,
        status: 422,
        field: "version",
        message: `${input.version} does not follow the latest release, ${latest.version}: choose a higher number.`,
      };
    }
    const needed = neededBump(changelog, latest.schemaHash !== schema);
    if (!needed)
      return {
        ok: false,
        status: 422,
        message: `Nothing published has changed since ${latest.version}: there is nothing to release.`,
      };
    if (!atLeast(bumpOf(previous, chosen), needed)) {
      const smallest = formatVersion(bumpVersion(previous, needed));
      return {
        ok: false,
        status: 422,
        field: "version",
        message: `Since ${latest.version} there are ${BUMP_WORDS[needed]}: that needs a ${needed} release, ${smallest} or higher.`,
      };
    }
  }
  const createdAt = new Date();
  const url = `${origin}/releases/${input.version}`;
  const files = await buildReleaseFiles(read.text, {
    version: input.version,
    note: input.note,
    createdAt,
    url,
    citation: citationOf(input.version, createdAt, url),
  });
  const id = `rel-${randomBytes(6).toString("hex")}`;
  try {
    // One publication at a time: the numbers and changelogs were checked against the
    // latest release, which must still be the latest when this one is stored.
    const stale = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('guarantor:release'))`;
        const now = await tx.release.findFirst({
          select: { id: true, version: true },
          orderBy: [{ major: "desc" }, { minor: "desc" }, { patch: "desc" }],
        });
        if ((now?.id ?? null) !== (latest?.id ?? null)) return now!.version;
        await tx.release.create({
          data: {
            id,
            version: input.version,
            ...chosen,
            note: input.note,
            createdAt,
            snapshotAt: read.snapshotAt,
            auditCutoff: read.cutoff,
            createdById: editor.id,
            createdByName: editor.name,
            sha256: sha256(files.map((f) => `${f.name}:${f.sha256}`).join("\n")),
            schemaHash: schema,
            changelog,
            files: {
              create: files.map((f) => ({
                name: f.name,
                mediaType: f.mediaType,
                content: new Uint8Array(f.content),
                sha256: f.sha256,
                bytes: f.content.length,
              })),
            },
          },
        });
        return null;
      },
      { timeout: 60_000 },
    );
    if (stale)
      return {
        ok: false,
        status: 409,
        field: "version",
        message: `Release ${stale} was published meanwhile. Reload to see what the next one holds.`,
      };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      return {
        ok: false,
        status: 409,
        field: "version",
        message: `Release ${input.version} already exists (published meanwhile?). Reload and choose the next number.`,
      };
    }
    throw error;
  }
  return { ok: true, version: input.version };
}
