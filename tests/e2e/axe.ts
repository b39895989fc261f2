import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * No serious or critical accessibility violation on the page as it stands, chrome included.
 * `touchTargets` also runs axe's target-size rule (WCAG 2.2: 24 px targets, or room
 * around them), which axe leaves off by default; `context` names the page in a failure.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  opts: { touchTargets?: boolean; context?: string } = {},
) {
  let builder = new AxeBuilder({ page });
  if (opts.touchTargets) builder = builder.options({ rules: { "target-size": { enabled: true } } });
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious, opts.context).toEqual([]);
}
