import type { Mood } from '../methodology/stages';
import type { CustomerVariables } from './tellStory';

/**
 * The customer's face: the expression the story gave in this passage, or what the customer's state shows
 * (warmed up, short-tempered or leaving, guarded and still sceptical, or neutral).
 */
export function expressionOf({ customer, mood }: { customer: CustomerVariables; mood: Mood | null }): Mood {
  if (mood) return mood;
  if (customer.state === 'leaving' || customer.state === 'irritated') return 'annoyed';
  if (customer.state === 'engaged') return 'pleased';
  if (customer.rapport < 40) return 'sceptical';
  return 'neutral';
}
