import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { updateFigure } from "@/lib/figures/mutations";
import { figureSchema } from "@/lib/figures/schema";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { cite, makeCoalition, makeSource } from "../support/factory";
import { userWithRole } from "../support/users";

describe("headline figures", () => {
  it("a cited correction shows on the dashboard at once; a stale one is refused", async () => {
    const coalitionSlug = await makeCoalition();
    await db.headlineFigure.create({
      data: {
        id: "ready-to-deploy",
        coalitionSlug,
        label: "countries ready to deploy",
        value: 26,
        unit: "countries",
        citations: await cite(),
      },
    });
    const source = await makeSource("By spring, 27 countries said they were ready to deploy.");
    const editor = userWithRole("editor");
    expect((await getDashboard()).ready?.total).toBe(26);

    const input = figureSchema.parse({
      label: "countries ready to deploy",
      value: "27",
      unit: "countries",
    });
    const cited = justificationSchema.parse({
      sourceId: source.id,
      quote: "27 countries said they were ready",
    });
    expect(await updateFigure(editor, "ready-to-deploy", 1, input, cited)).toMatchObject({
      ok: true,
      version: 2,
    });
    expect((await getDashboard()).ready?.total).toBe(27);
    expect(
      (
        await db.citation.findMany({ where: { figureId: "ready-to-deploy", sourceId: source.id } })
      ).map((c) => c.quote),
    ).toEqual(["27 countries said they were ready"]);

    const stale = await updateFigure(
      editor,
      "ready-to-deploy",
      1,
      { ...input, value: "28" },
      cited,
    );
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect((await getDashboard()).ready?.total).toBe(27);
  });

  it("checks the number and the unit beside their fields", () => {
    const parsed = figureSchema.safeParse({
      label: "countries ready",
      value: "twenty-seven",
      unit: "",
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["value", "unit"]));
  });
});
