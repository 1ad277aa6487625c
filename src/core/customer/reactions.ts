import type { ActId } from '../methodology/acts';
import type { RuleId } from '../methodology/rules';
import type { Difficulty } from '../visit/difficulty';
import { DIFFICULTY_EFFECT, type Traits } from './traits';

/** What one act does to an ordinary customer; `sales` and `evidence` mark the acts traits scale. */
export interface Reaction {
  readonly rapport: number;
  readonly patience: number;
  readonly sales?: true;
  readonly evidence?: true;
}

const r = (rapport: number, patience = 0, mark?: 'sales' | 'evidence'): Reaction =>
  mark ? { rapport, patience, [mark]: true } : { rapport, patience };

/**
 * The reaction table: every act of the method, as a customer takes it. Writers adjust one move with
 * `# rapport: +n` / `# patience: -n` where the moment matters more than the act (stories/README.md).
 */
export const REACTIONS: Readonly<Record<ActId, Reaction>> = {
  'access.referral': r(10, 5),
  'access.academic_event': r(5, 5),
  'access.clear_appointment': r(5, 5),
  'access.cold_drop_in': r(-10, -20, 'sales'),
  'preparation.profile_reviewed': r(0),
  'preparation.objective_set': r(0),
  'preparation.material_matched': r(0),
  'preparation.material_unmatched': r(0),
  'opening.purpose_stated': r(5, 5),
  'opening.thanks': r(5),
  'opening.long_intro': r(-5, -15, 'sales'),
  'discovery.open_question': r(5),
  'discovery.closed_question': r(-5, -5),
  'discovery.active_listening': r(5, 5),
  'discovery.interrupt': r(-5, -10, 'sales'),
  'value.need_linked': r(10, 5),
  'value.evidence_cited': r(5, 0, 'evidence'),
  'value.feature_dump': r(-5, -10, 'sales'),
  'objections.acknowledge': r(5),
  'objections.explore': r(5),
  'objections.evidence_response': r(5, 0, 'evidence'),
  'objections.defer_and_commit': r(5),
  'objections.argue': r(-10, -10),
  'objections.evade': r(-5, -10),
  'closing.summary': r(5),
  'closing.thanks': r(0),
  'closing.next_step': r(5),
  'closing.no_next_step': r(-5),
  'relationship.value_content': r(5),
  'relationship.professional_support': r(10, 5),
  'relationship.personal_care': r(5),
  'relationship.transactional': r(-10, -10, 'sales'),
  'relationship.promise_kept': r(10, 5),
  'solutions.needs_reassessed': r(5),
  'solutions.tailored': r(10, 5),
  'solutions.feedback_collected': r(5),
  'solutions.ae_escalated': r(5),
  'solutions.ae_dismissed': r(-15, -10),
  'records.profile_updated': r(0),
  'records.review_done': r(0),
  'compliance.declined': r(0),
  'compliance.medical_referral': r(5),
};

/** How a customer takes a move that breaks a rule, before the story says more: most see through it. */
export const RULE_REACTIONS: Readonly<Record<RuleId, Reaction>> = {
  off_label: r(0),
  misleading_claim: r(-10, -5),
  improper_benefit: r(0),
  prescription_tracking: r(0),
  sales_quota: r(-10, -5, 'sales'),
  disparagement: r(-10, -5),
  undisclosed_identity: r(-10, -5),
  clinical_area_intrusion: r(-10, -15),
  ae_unreported: r(0),
  privacy: r(-5),
};

export interface CustomerState {
  readonly rapport: number;
  readonly patience: number;
}

/** A move as the customer meets it: the acts as judged in context, and the writer's adjustments. */
export interface MoveForCustomer {
  readonly acts: readonly ActId[];
  readonly violations: readonly RuleId[];
  readonly rapport: number;
  readonly patience: number;
  /** Minutes the move takes in the meeting (none for moves off the clock). */
  readonly minutes: number;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
/** The customer moves in steps of 5: what a trainer can read off a face, and few enough states to check every path. */
export const STEP = 5;
const step = (n: number) => Math.round(n / STEP) * STEP;

export function startingCustomer(traits: Traits, difficulty: Difficulty): CustomerState {
  const effect = DIFFICULTY_EFFECT[difficulty];
  return { rapport: clamp(traits.rapport + effect.rapport), patience: clamp(traits.patience + effect.patience) };
}

/** The customer after a move: the table's effect of each act and rule, scaled by traits and difficulty. */
export function react(
  state: CustomerState,
  move: MoveForCustomer,
  traits: Traits,
  difficulty: Difficulty,
): CustomerState {
  const losses = DIFFICULTY_EFFECT[difficulty].losses;
  let rapport = 0;
  let patience = 0;
  const reactions = [...move.acts.map((a) => REACTIONS[a]), ...move.violations.map((v) => RULE_REACTIONS[v])];
  for (const reaction of reactions) {
    if (reaction.rapport < 0) rapport += reaction.rapport * traits.grudge * losses;
    else rapport += reaction.rapport * (reaction.evidence ? traits.evidenceAppetite : 1);
    if (reaction.patience < 0) patience += reaction.patience * (reaction.sales ? traits.salesAversion : 1) * losses;
    else patience += reaction.patience;
  }
  patience -= move.minutes * traits.timePressure;
  return {
    rapport: clamp(state.rapport + step(rapport) + move.rapport),
    patience: clamp(state.patience + step(patience) + move.patience),
  };
}

export const CUSTOMER_STATES = ['guarded', 'engaged', 'irritated', 'leaving'] as const;
export type CustomerStateId = (typeof CUSTOMER_STATES)[number];

/** The thresholds a trainer would recognise: out of patience, short-tempered, warmed up, or still guarded. */
export const THRESHOLDS = { irritatedPatience: 20, irritatedRapport: 25, engagedRapport: 60 } as const;

export function customerStateOf({ rapport, patience }: CustomerState): CustomerStateId {
  if (patience <= 0) return 'leaving';
  if (patience <= THRESHOLDS.irritatedPatience || rapport <= THRESHOLDS.irritatedRapport) return 'irritated';
  if (rapport >= THRESHOLDS.engagedRapport) return 'engaged';
  return 'guarded';
}
