/** How lib/changes records a change held for review (its PROPOSE, APPROVE and REJECT entries). */
import type { EntityDef } from "../changes/registry";
import type { Snapshot } from "../changes/snapshot";

export const proposalChanges: EntityDef = {
  key: "id",
  noun: "proposal",
  load: async (db, id) => {
    const proposal = await db.changeProposal.findUnique({ where: { id } });
    return proposal ? (JSON.parse(JSON.stringify(proposal)) as Snapshot) : null;
  },
};
