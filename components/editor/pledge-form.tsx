"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { justificationSchemaFor } from "@/lib/changes/justification-schema";
import { CONDITION_STATUSES, DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";
import { pledgeSchema } from "@/lib/pledges/schema";
import {
  FieldError,
  EditIdentity,
  Field,
  InternalNoteField,
  MeaningSelect,
  TextField,
  fieldProps,
  inputClass,
} from "./field";
import { FormShell, SaveButtons } from "./form-shell";
import { JustificationFields } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

type Props = {
  action: FormAction;
  pledge?: {
    id: string;
    version: number;
    published: boolean;
    values: Record<string, string | string[]>;
  };
  defaults?: Record<string, string>;
  options: {
    countries: { code: string; name: string }[];
    conditions: { slug: string; name: string; status: keyof typeof CONDITION_STATUSES }[];
    sources: { id: string; title: string }[];
  };
};

export function PledgeForm({ action, pledge, defaults = {}, options }: Props) {
  // After a failed save the user's input wins; before, the stored record (or defaults).
  const { state, pending, formProps, errors, value, chosen } = useEditForm(
    action,
    [pledgeSchema, justificationSchemaFor(!pledge)],
    pledge?.values ?? defaults,
    ["conditionSlugs"],
  );
  const conditions = chosen("conditionSlugs");

  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={pledge?.id} version={pledge?.version} />
      <FormShell state={state} actions={<SaveButtons editing={!!pledge} pending={pending} />}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="countryCode"
            label="Country"
            errors={errors?.countryCode}
            hint="Leave empty when the source does not name the country."
          >
            <select
              {...fieldProps("countryCode", errors)}
              defaultValue={value("countryCode")}
              className={inputClass}
            >
              <option value="">Undisclosed</option>
              {options.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <TextField
            name="pledgerNote"
            label="Pledged by (when no country is named)"
            errors={errors}
            value={value("pledgerNote")}
          />
          <MeaningSelect
            name="domain"
            label="Domain"
            table={DOMAINS}
            value={value("domain")}
            errors={errors}
          />
          <MeaningSelect
            name="status"
            label="Status"
            table={PLEDGE_STATUSES}
            value={value("status")}
            errors={errors}
          />
        </div>
        <TextField
          name="description"
          label="Description"
          errors={errors}
          value={value("description")}
          rows={3}
        />
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField
            name="quantity"
            label="Quantity"
            hint="Empty = undisclosed"
            errors={errors}
            value={value("quantity")}
            inputMode="decimal"
          />
          <TextField name="unit" label="Unit" errors={errors} value={value("unit")} />
          <TextField
            name="announcedOn"
            label="Announced"
            errors={errors}
            value={value("announcedOn")}
            type="date"
          />
          <TextField
            name="effectiveOn"
            label="Effective"
            errors={errors}
            value={value("effectiveOn")}
            type="date"
          />
          <TextField
            name="effectiveUntil"
            label="Effective until"
            hint="When it lapses, if a source says so"
            errors={errors}
            value={value("effectiveUntil")}
            type="date"
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <MeaningSelect
            name="disclosure"
            label="Disclosure"
            table={DISCLOSURES}
            value={value("disclosure")}
            errors={errors}
          />
          <TextField
            name="disputeNote"
            label="Dispute note"
            hint="Required when disputed."
            errors={errors}
            value={value("disputeNote")}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Waits on conditions</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {options.conditions.map((c) => (
              <label key={c.slug} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="conditionSlugs"
                  value={c.slug}
                  defaultChecked={conditions.has(c.slug)}
                />
                {c.name}{" "}
                <span className="text-xs text-slate-500">
                  ({CONDITION_STATUSES[c.status].label.toLowerCase()})
                </span>
              </label>
            ))}
          </div>
          <FieldError error={errors?.conditionSlugs?.[0]} className="mt-1" />
        </fieldset>
        <InternalNoteField errors={errors} value={value("internalNote")} />
        <JustificationFields
          sources={options.sources}
          state={state}
          newFact={!pledge}
          values={pledge?.values ?? defaults}
        />
      </FormShell>
    </form>
  );
}
