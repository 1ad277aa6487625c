import { describe, expect, it } from 'vitest';
import {
  customerStateOf,
  type MoveForCustomer,
  REACTIONS,
  react,
  STEP,
  startingCustomer,
} from '../../../src/core/customer/reactions';
import { SEGMENT_TRAITS } from '../../../src/core/customer/traits';
import { ACTS } from '../../../src/core/methodology/acts';
import { CAST, customerOf } from '../../../src/core/world/cast';

const move = (over: Partial<MoveForCustomer>): MoveForCustomer => ({
  acts: [],
  violations: [],
  rapport: 0,
  patience: 0,
  minutes: 0,
  ...over,
});
const ordinary = SEGMENT_TRAITS.clinician;

describe('the customer’s reactions', () => {
  it('has a reaction for every act of the method, in steps of 5, never warmer for a poor act than for a good one', () => {
    expect(Object.keys(REACTIONS).sort()).toEqual(Object.keys(ACTS).sort());
    for (const [id, r] of Object.entries(REACTIONS)) {
      expect(Math.abs(r.rapport % STEP), id).toBe(0);
      expect(Math.abs(r.patience % STEP), id).toBe(0);
      if (ACTS[id as keyof typeof ACTS].polarity < 0) expect(r.rapport + r.patience, id).toBeLessThanOrEqual(0);
      else expect(r.rapport + r.patience, id).toBeGreaterThanOrEqual(0);
    }
  });

  it('moves rapport and patience by the table, in steps of 5, within 0-100', () => {
    const start = { rapport: 50, patience: 60 };
    expect(react(start, move({ acts: ['opening.thanks', 'opening.purpose_stated'] }), ordinary, 'standard')).toEqual({
      rapport: 60,
      patience: 65,
    });
    expect(
      react({ rapport: 95, patience: 5 }, move({ acts: ['value.need_linked'], minutes: 30 }), ordinary, 'standard'),
    ).toEqual({
      rapport: 100,
      patience: 0,
    });
  });

  it('takes sales talk twice as hard from a professor allergic to it', () => {
    const zhou = CAST.zhou.traits;
    const start = { rapport: 50, patience: 60 };
    const dump = move({ acts: ['value.feature_dump'] });
    const lost = (traits: typeof zhou) => start.patience - react(start, dump, traits, 'standard').patience;
    expect(zhou.salesAversion).toBe(2);
    expect(lost(zhou)).toBe(2 * lost({ ...zhou, salesAversion: 1 }));
  });

  it('lets a warm clinician forgive sooner than an ordinary one', () => {
    const start = { rapport: 50, patience: 60 };
    const argue = move({ acts: ['objections.argue'] });
    expect(react(start, argue, CAST.chen.traits, 'standard').rapport).toBeGreaterThan(
      react(start, argue, ordinary, 'standard').rapport,
    );
  });

  it('costs patience for each minute in the meeting, and takes a writer’s adjustment as it is', () => {
    const start = { rapport: 50, patience: 60 };
    expect(react(start, move({ minutes: 10 }), ordinary, 'standard').patience).toBe(50);
    expect(react(start, move({ acts: ['compliance.declined'], rapport: -10 }), ordinary, 'standard').rapport).toBe(40);
  });

  it('starts a demanding customer cooler and shorter of patience, and makes losses hurt more', () => {
    expect(startingCustomer(ordinary, 'demanding')).toEqual({
      rapport: ordinary.rapport - 10,
      patience: ordinary.patience - 20,
    });
    const start = { rapport: 50, patience: 60 };
    const argue = move({ acts: ['objections.argue'] });
    expect(react(start, argue, ordinary, 'demanding').rapport).toBeLessThan(
      react(start, argue, ordinary, 'standard').rapport,
    );
  });

  it('names the state a trainer would see: guarded, engaged, irritated, leaving', () => {
    expect(customerStateOf({ rapport: 50, patience: 60 })).toBe('guarded');
    expect(customerStateOf({ rapport: 60, patience: 60 })).toBe('engaged');
    expect(customerStateOf({ rapport: 60, patience: 20 })).toBe('irritated');
    expect(customerStateOf({ rapport: 25, patience: 60 })).toBe('irritated');
    expect(customerStateOf({ rapport: 90, patience: 0 })).toBe('leaving');
  });

  it('gives a customer the cast does not know the traits of their segment', () => {
    expect(customerOf('someone_else', 'pharmacist').traits).toEqual(SEGMENT_TRAITS.pharmacist);
    expect(customerOf('zhou', 'kol').traits).toBe(CAST.zhou.traits);
  });
});
