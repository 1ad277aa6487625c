import type { Localized } from '../methodology/locale';

/**
 * Where a scenario takes place (`# setting:` in its header): the backdrop the game draws, and for
 * messaging, a chat thread instead of a conversation in a room.
 */
export const SETTING_IDS = ['office', 'ward', 'meeting', 'congress', 'desk', 'phone'] as const;
export type SettingId = (typeof SETTING_IDS)[number];

export const isSettingId = (value: string): value is SettingId => (SETTING_IDS as readonly string[]).includes(value);

/** Said in the visit's heading, so the place is in words as well as in the picture. */
export const SETTING_NAMES: Readonly<Record<SettingId, Localized>> = {
  office: { en: "The customer's office", 'zh-CN': '客户办公室' },
  ward: { en: 'A ward corridor', 'zh-CN': '病区走廊' },
  meeting: { en: "The department's meeting room", 'zh-CN': '科室会议室' },
  congress: { en: 'The congress venue', 'zh-CN': '学术会议会场' },
  desk: { en: 'Your desk, on the phone', 'zh-CN': '你的办公桌，电话沟通' },
  phone: { en: 'Messages on your phone', 'zh-CN': '手机消息' },
};
