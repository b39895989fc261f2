import { Badge } from "@/components/ui/badge";
import type { Meaning } from "@/lib/labels";

/** A badge for an enum value, labelled and explained (tooltip) from lib/labels. */
export function MeaningBadge<K extends string>({
  table,
  value,
}: {
  table: Record<K, Meaning>;
  value: K;
}) {
  const meaning = table[value];
  return (
    <Badge tone={meaning.tone} title={meaning.description}>
      {meaning.label}
    </Badge>
  );
}
