/**
 * A field-level change as a person reads it: "Status: Announced → Confirmed", "Country:
 * Germany", "Publication: Draft → Published", never ANNOUNCED, DE or `false`. History
 * diffs and conflict messages both go through here; the audit log keeps the codes.
 */
import {
  CONDITION_CATEGORIES,
  CONDITION_STATUSES,
  DISCLOSURES,
  DOMAINS,
  EVENT_KINDS,
  PLEDGE_STATUSES,
  POSTURES,
  PROVISION_STATUSES,
  type Meaning,
} from "@/lib/labels";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FieldChange } from "./diff";
import type { RecordType } from "./snapshot";

export type ChangeNames = { countries: Map<string, string>; conditions: Map<string, string> };

const FIELDS: Record<string, string> = {
  countryCode: "Country",
  countryCodes: "Countries",
  conditionSlug: "Condition",
  conditionSlugs: "Conditions",
  coalitionSlug: "Coalition",
  sourceId: "Source",
  published: "Publication",
  pledgerNote: "Pledged by",
  internalNote: "Internal note",
  disputeNote: "Dispute note",
  announcedOn: "Announced",
  effectiveOn: "Takes effect",
  occurredOn: "Date",
  publishedOn: "Published on",
  isMember: "Coalition member",
  euMember: "EU member",
  natoMember: "NATO member",
  sortOrder: "Order",
  frameworkSlug: "Framework",
  pledgeIds: "Pledges",
};

/** "disputeNote" -> "Dispute note", for fields without a name of their own. */
const words = (field: string) => {
  const spaced = field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

function tableFor(type: RecordType, field: string): Record<string, Meaning> | null {
  if (field === "status")
    return type === "Condition"
      ? CONDITION_STATUSES
      : type === "Pledge"
        ? PLEDGE_STATUSES
        : type === "Provision"
          ? PROVISION_STATUSES
          : null;
  if (field === "domain") return DOMAINS;
  if (field === "disclosure") return DISCLOSURES;
  if (field === "posture") return POSTURES;
  if (field === "category") return CONDITION_CATEGORIES;
  if (field === "kind") return EVENT_KINDS;
  return null;
}

function showValue(
  type: RecordType,
  field: string,
  value: unknown,
  names: ChangeNames,
): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) {
    const items = value
      .map((v) => showValue(type, field, v, names))
      .filter((v): v is string => v !== null);
    return items.length ? items.join(", ") : "none";
  }
  if (field === "published" && typeof value === "boolean") return value ? "Published" : "Draft";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const text = String(value);
  const table = tableFor(type, field);
  if (table) return table[text]?.label ?? text;
  if (field === "countryCode" || field === "countryCodes") return names.countries.get(text) ?? text;
  if (field === "conditionSlug" || field === "conditionSlugs")
    return names.conditions.get(text) ?? text;
  return text;
}

/** Changes with the field's name and its values in words (empty values as null). */
export function labelChanges(
  type: RecordType,
  changes: FieldChange[],
  names: ChangeNames,
): FieldChange[] {
  return changes.map((c) => ({
    field: FIELDS[c.field] ?? words(c.field),
    from: showValue(type, c.field, c.from, names),
    to: showValue(type, c.field, c.to, names),
  }));
}

type Tx = Prisma.TransactionClient | PrismaClient;

/** The names of the countries and conditions the changes mention (one small query each, only when needed). */
export async function loadChangeNames(tx: Tx, changes: FieldChange[]): Promise<ChangeNames> {
  const values = (fields: string[]) => [
    ...new Set(
      changes
        .filter((c) => fields.includes(c.field))
        .flatMap((c) => [c.from, c.to].flat().filter((v): v is string => typeof v === "string")),
    ),
  ];
  const codes = values(["countryCode", "countryCodes"]);
  const slugs = values(["conditionSlug", "conditionSlugs"]);
  const [countries, conditions] = await Promise.all([
    codes.length
      ? tx.country.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } })
      : [],
    slugs.length
      ? tx.condition.findMany({
          where: { slug: { in: slugs } },
          select: { slug: true, name: true },
        })
      : [],
  ]);
  return {
    countries: new Map(countries.map((c) => [c.code, c.name])),
    conditions: new Map(conditions.map((c) => [c.slug, c.name])),
  };
}
