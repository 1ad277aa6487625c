import type { Mood } from '../../core/methodology/stages';
import type { FlatKey, Strings } from '../i18n/strings';

type Say = (key: FlatKey, params?: Record<string, string | number>) => string;

export interface BarState {
  readonly phase: string;
  readonly minutes: number;
  readonly span: { readonly min: number; readonly max: number } | null;
  readonly customer: string;
  readonly mood: Mood;
}

/** The visit bar in words: the phase, the clock against its aim, and the customer's mood (also drawn as a face). */
export function barWords(say: Say, strings: Strings, bar: BarState) {
  const { span } = bar;
  const aim = span ? ` · ${say(span.min > 0 ? 'window' : 'windowMax', { min: span.min, max: span.max })}` : '';
  const phases: Record<string, string> = strings.phases;
  return {
    phase: phases[bar.phase] ?? bar.phase,
    clock: `${say('labelled', { name: say('clock') })}${say('minutes', { n: bar.minutes })}${aim}`,
    mood: say('moodOf', { name: bar.customer, mood: strings.moods[bar.mood] }),
  };
}
