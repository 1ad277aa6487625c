import type { Mood } from '../methodology/stages';
import type { CustomerState } from './visitMachine';

/**
 * The customer's face: the mood the story last gave, or, while the story says nothing (neutral), what
 * rapport and patience show.
 */
export function expressionOf(customer: CustomerState): Mood {
  if (customer.mood !== 'neutral') return customer.mood;
  if (customer.patience !== null && customer.patience <= 20) return 'annoyed';
  if (customer.rapport !== null && customer.rapport >= 70) return 'pleased';
  if (customer.rapport !== null && customer.rapport <= 30) return 'sceptical';
  return 'neutral';
}
