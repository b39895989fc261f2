import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { createCondition, updateCondition } from "@/lib/conditions/mutations";
import { conditionSchema } from "@/lib/conditions/schema";
import { createEvent, updateEvent } from "@/lib/events/mutations";
import { eventSchema } from "@/lib/events/schema";
import { updateFigure } from "@/lib/figures/mutations";
import { figureSchema } from "@/lib/figures/schema";
import { justificationSchema } from "@/lib/changes/justification-schema";
import type { MutationResult } from "@/lib/changes/write";
import { setPosture } from "@/lib/postures/mutations";
import { postureSchema } from "@/lib/postures/schema";
import { createRequirement, updateRequirement } from "@/lib/requirements/mutations";
import { requirementSchema } from "@/lib/requirements/schema";
import { createSource } from "@/lib/sources/mutations";
import { changeRole, createUser } from "@/lib/users/mutations";
import { db } from "@/lib/db";
import {
  cite,
  citation,
  makeCoalition,
  makeCondition,
  makeCountry,
  makeEvent,
  uid,
} from "../support/factory";
import { userWithRole } from "../support/users";

const reason = justificationSchema.parse({ reason: "Authorization matrix" });
type Who = Role | "anonymous";
const WHO: Who[] = ["anonymous", "analyst", "editor", "admin"];
const actor = (who: Who) => (who === "anonymous" ? null : userWithRole(who));

/** Each write, and who may do it. Every case makes its own data. */
const ACTIONS: { name: string; allowed: Who[]; run: (who: Who) => Promise<MutationResult> }[] = [
  {
    name: "set a country's posture",
    allowed: ["editor", "admin"],
    run: async (who) => {
      await makeCoalition();
      const country = await makeCountry();
      return setPosture(
        actor(who),
        country.code,
        null,
        postureSchema.parse({ posture: "CONSIDERING", isMember: true, summary: "Considering it." }),
        await citation(),
      );
    },
  },
  {
    name: "create a condition",
    allowed: ["editor", "admin"],
    run: async (who) =>
      createCondition(
        actor(who),
        {
          ...conditionSchema.parse({
            name: `Cond ${uid("c")}`,
            description: "A condition.",
            category: "LEGAL",
            status: "NOT_MET",
            evidence: "None yet.",
          }),
          published: true,
        },
        await citation(),
      ),
  },
  {
    name: "change a condition's status",
    allowed: ["editor", "admin"],
    run: async (who) => {
      const c = await makeCondition();
      return updateCondition(
        actor(who),
        c.slug,
        1,
        conditionSchema.parse({
          name: c.name,
          description: c.description,
          category: "LEGAL",
          status: "MET",
          evidence: "Now met.",
        }),
        reason,
      );
    },
  },
  {
    name: "create an event",
    allowed: ["editor", "admin"],
    run: async (who) =>
      createEvent(
        actor(who),
        {
          ...eventSchema.parse({
            kind: "STATEMENT",
            title: "Something said",
            summary: "Somebody said something.",
          }),
          published: true,
        },
        await citation(),
      ),
  },
  {
    name: "change an event",
    allowed: ["editor", "admin"],
    run: async (who) => {
      const e = await makeEvent();
      return updateEvent(
        actor(who),
        e.id,
        1,
        eventSchema.parse({
          kind: "DECISION",
          title: "Something decided",
          summary: "Somebody decided.",
        }),
        reason,
      );
    },
  },
  {
    name: "record a capability need",
    allowed: ["editor", "admin"],
    run: async (who) => {
      await makeCoalition();
      return createRequirement(
        actor(who),
        requirementSchema.parse({
          domain: "DEMINING",
          description: "Demining teams",
          quantity: "12",
          unit: "teams",
        }),
        await citation(),
      );
    },
  },
  {
    name: "change a capability need",
    allowed: ["editor", "admin"],
    run: async (who) => {
      const coalitionSlug = await makeCoalition();
      const id = uid("req");
      await db.requirement.create({
        data: {
          id,
          coalitionSlug,
          domain: "MEDICAL",
          description: "Medical units",
          citations: await cite(),
        },
      });
      return updateRequirement(
        actor(who),
        id,
        1,
        requirementSchema.parse({
          domain: "MEDICAL",
          description: "Medical units",
          quantity: "3",
          unit: "field hospitals",
        }),
        reason,
      );
    },
  },
  {
    name: "add a source",
    allowed: ["editor", "admin"],
    run: (who) =>
      createSource(
        actor(who),
        {
          title: `Source ${uid("s")}`,
          publisher: "",
          publishedOn: "",
          url: "",
          text: `A long enough source text ${uid("t")}.`,
        },
        reason,
      ),
  },
  {
    name: "create an account",
    allowed: ["admin"],
    run: (who) =>
      createUser(actor(who), {
        email: `${uid("u")}@test.local`,
        name: "New person",
        role: "analyst",
        password: "a-long-password",
      }),
  },
  {
    name: "change someone's role",
    allowed: ["admin"],
    run: async (who) => {
      const id = uid("user");
      await db.user.create({
        data: { id, name: "Someone", email: `${id}@test.local`, role: "analyst" },
      });
      return changeRole(actor(who), id, "editor");
    },
  },
  {
    name: "correct a headline figure",
    allowed: ["editor", "admin"],
    run: async (who) => {
      const coalitionSlug = await makeCoalition();
      const id = uid("figure");
      await db.headlineFigure.create({
        data: {
          id,
          coalitionSlug,
          label: "countries ready",
          value: 26,
          unit: "countries",
          citations: await cite(),
        },
      });
      return updateFigure(
        actor(who),
        id,
        1,
        figureSchema.parse({ label: "countries ready", value: "27", unit: "countries" }),
        reason,
      );
    },
  },
];

describe("authorization matrix: every write x every role", () => {
  for (const action of ACTIONS) {
    for (const who of WHO) {
      const allowed = action.allowed.includes(who);
      it(`${action.name}: ${who} -> ${allowed ? "allowed" : "refused"}`, async () => {
        const audit = await db.auditEntry.count();
        const result = await action.run(who);
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect(await db.auditEntry.count()).toBeGreaterThan(audit);
        } else {
          expect(result).toMatchObject({ ok: false, status: who === "anonymous" ? 401 : 403 });
          expect(await db.auditEntry.count()).toBe(audit);
        }
      });
    }
  }
});
