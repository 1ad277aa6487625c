import type { Localized } from '../methodology/locale';
import type { Evidence } from './report';

/** Points lost in closing per simulated minute outside the visit's window, and at most. */
export const WINDOW_POINTS_PER_MINUTE = 5;
export const WINDOW_MAX_PENALTY = 40;
/** What a promise is worth: kept it earns `relationship.promise_kept`, broken it costs as much. */
export const PROMISE_POINTS = 40;

export const REPEAT_NOTE: Localized = {
  en: 'The same move on the same topic earns half its points the second time and none after that.',
  'zh-CN': '同一话题上的同样做法，第二次只得一半分，之后不再得分。',
};

export const NOT_REPORTED: Localized = {
  en: 'The customer told you of an adverse event and it never reached pharmacovigilance. Any adverse event heard of, even in passing, is reported within 24 hours with what is known: the patient, the reporter, the drug and the event.',
  'zh-CN':
    '客户向你提到了不良事件，但你始终没有上报药物警戒部门。任何听到的不良事件，哪怕只是顺口一提，都要在24小时内上报，写明已知信息：患者、报告人、药品和事件。',
};

export function promiseBrokenEvidence(id: string): Evidence {
  return {
    kind: 'fact',
    fact: 'promise_broken',
    dimension: 'relationship',
    points: -PROMISE_POINTS,
    move: null,
    feedback: {
      en: `You made a promise in an earlier visit (${id}) and did not deliver it in this one. The method asks you to verify what you promised and report back promptly: a promise forgotten costs the trust the visit built.`,
      'zh-CN': `你在之前的拜访中作过承诺（${id}），这次却没有兑现。方法要求承诺之后及时核实、及时反馈：忘了承诺，之前建立的信任就打了折扣。`,
    },
    note: null,
  };
}

export function visitLengthEvidence(
  minutes: number,
  window: { min: number; max: number; granted: number | null },
): Evidence {
  const { min, max, granted } = window;
  const outside = minutes < min ? min - minutes : minutes > max ? minutes - max : 0;
  const points = outside === 0 ? 0 : -Math.min(WINDOW_MAX_PENALTY, outside * WINDOW_POINTS_PER_MINUTE);
  const span = min > 0 ? `${min}-${max}` : `${max}`;
  const asked: Localized =
    granted !== null
      ? { en: `the ${granted} minutes the customer gave you`, 'zh-CN': `客户给你的${granted}分钟` }
      : { en: `the ${span} minutes the method sets for a first visit`, 'zh-CN': `首次拜访${span}分钟的要求` };
  let feedback: Localized;
  if (minutes > max) {
    feedback = {
      en: `The visit lasted ${minutes} minutes, ${outside} over ${asked.en}. Keep it short: summarise, agree the next step and leave while the customer still wants more.`,
      'zh-CN': `本次拜访用了${minutes}分钟，超出${asked['zh-CN']}${outside}分钟。拜访宜短：及时总结、约好下一步，在客户意犹未尽时告辞。`,
    };
  } else if (minutes < min) {
    feedback = {
      en: `The visit lasted ${minutes} minutes, ${outside} short of ${asked.en}: too little time to learn the customer's needs and agree a next step.`,
      'zh-CN': `本次拜访只用了${minutes}分钟，比${asked['zh-CN']}少了${outside}分钟，不足以了解客户需求并约定下一步。`,
    };
  } else {
    feedback = {
      en: `The visit lasted ${minutes} minutes, within ${asked.en}.`,
      'zh-CN': `本次拜访用时${minutes}分钟，符合${asked['zh-CN']}。`,
    };
  }
  return { kind: 'fact', fact: 'visit_length', dimension: 'closing', points, move: null, feedback, note: null };
}
