/**
 * Every room registers with lib/changes here, and this is the door to lib/changes'
 * functions that need to know the rooms (the write gateway, snapshots, creation
 * entries). Importing them from here, never from lib/changes directly (ESLint keeps
 * it so), means the registry is always filled before it is used, whoever calls:
 * a server action, a route, a script or a test (docs/decisions/018-changes-registry.md).
 */
import { registerEntity } from "./changes/registry";
import type { RecordType } from "./changes/snapshot";
import type { EntityDef } from "./changes/registry";
import { citationChanges } from "./citations/changes";
import { coalitionChanges } from "./coalition/changes";
import { conditionChanges } from "./conditions/changes";
import { countryChanges } from "./countries/changes";
import { eventChanges } from "./events/changes";
import { figureChanges } from "./figures/changes";
import { membershipChanges } from "./postures/changes";
import { pledgeChanges } from "./pledges/changes";
import { provisionChanges } from "./provisions/changes";
import { requirementChanges } from "./requirements/changes";
import { proposalChanges } from "./review/changes";
import { shareChanges } from "./shares/changes";
import { sourceChanges } from "./sources/changes";
import { userChanges } from "./users/changes";

// A Record, so a record type added to lib/changes without a room here fails to compile.
const ROOMS: Record<RecordType, EntityDef> = {
  Source: sourceChanges,
  Country: countryChanges,
  Coalition: coalitionChanges,
  HeadlineFigure: figureChanges,
  Membership: membershipChanges,
  Pledge: pledgeChanges,
  Condition: conditionChanges,
  Event: eventChanges,
  Requirement: requirementChanges,
  Provision: provisionChanges,
  Citation: citationChanges,
  User: userChanges,
  ShareLink: shareChanges,
  ChangeProposal: proposalChanges,
};
for (const [type, def] of Object.entries(ROOMS)) registerEntity(type as RecordType, def);

export {
  actorOf,
  applyChange,
  applySystemChange,
  CITATION_KEY,
  permissionRefusal,
  refuse,
  type MutationResult,
  type Tx,
} from "./changes/write";
export {
  ENTITY_TYPES,
  idOf,
  loadSnapshot,
  type EntityType,
  type RecordType,
  type Snapshot,
} from "./changes/snapshot";
export { creationEntry, recordCreations } from "./changes/creation";
