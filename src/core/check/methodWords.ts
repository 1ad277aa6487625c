/**
 * The method's own vocabulary, as a trainee who has read the method but not learnt it would look for it in
 * the choices. Two lists: the everyday words of the method (a bot that counts them must pass nothing), and
 * the names of its techniques, which no choice should carry at all: a choice says what the rep says or
 * does, and naming the technique gives the answer away.
 */
const EVERYDAY = {
  en: /\b(ask\w*|questions?|listen\w*|hear\w*|summar[iy]\w*|sum up|recap\w*|thank\w*|evidence|data|stud(y|ies)|understand\w*|understood|needs?|concerns?|acknowledg\w*|confirm\w*|next step|follow(-| )?up)\b/gi,
  'zh-CN': /(请教|问|倾听|聆听|听|总结|概括|回顾|感谢|谢谢|证据|数据|研究|理解|需求|顾虑|担心|确认|下一步|跟进)/g,
} as const;

const TECHNIQUE = {
  en: /\b(open(-ended)? questions?|closed questions?|acknowledg\w*|summar[iy][sz]\w*|sum up|recap\w*|reflect(ing)? back|paraphras\w*|restat\w*|rapport|active(ly)? listen\w*|listen actively|value proposition|empathi[sz]\w*|empathy|check (you('ve)?|your) understand\w*|check you('ve)? understood|build(ing)? (trust|a relationship|relationships)|handle the objection|objections?|prob(e|ing))\b/gi,
  'zh-CN':
    /(开放式|开放性|封闭式|封闭性|复述|总结|概括|倾听|聆听|共情|同理心|建立关系|建立信任|异议|价值主张|积极回应)/g,
} as const;

export type VocabularyLocale = keyof typeof EVERYDAY;

/** Chinese text is told apart by its script, so a bot needs no language passed in. */
const localeOf = (text: string): VocabularyLocale => (/[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en');

/** How many of the method's everyday words a line carries. */
export const methodWordCount = (text: string): number => text.match(EVERYDAY[localeOf(text)])?.length ?? 0;

/** The names of techniques a line uses, empty when it names none. */
export const techniquesNamed = (text: string): string[] => text.match(TECHNIQUE[localeOf(text)]) ?? [];
