import { isSyntheticDataset } from "@/lib/synthetic-dataset";

/** On every page of a synthetic database, so no generated figure passes for a real one. */
export async function SyntheticBanner() {
  if (!(await isSyntheticDataset())) return null;
  return (
    <div
      role="note"
      className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-center text-sm text-amber-950"
    >
      <strong>Synthetic data.</strong> Everything on these pages was generated for demos and
      benchmarks (<code>npm run db:synthetic</code>); none of it is real. The real dataset lives in
      its own database.
    </div>
  );
}
