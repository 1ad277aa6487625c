import type { Locale } from '../methodology/locale';
import type { SegmentId, StageId } from '../methodology/stages';
import type { SettingId } from '../world/setting';

/** What the game needs to list a scenario before loading it: one entry per story folder. */
export interface ScenarioEntry {
  readonly id: string;
  readonly segment: SegmentId;
  readonly stage: StageId;
  readonly customer: string | null;
  readonly setting: SettingId;
  /** Needs the scenario can reveal (`# need:`), which the customer card never shows before it. */
  readonly needs: readonly string[];
  /** Title and story path per language the scenario is written in. */
  readonly locales: Readonly<Partial<Record<Locale, { readonly title: string; readonly path: string }>>>;
}
