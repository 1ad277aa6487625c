import type { SourcePos } from '../ink/types';

/** `file:line` of a place in a story, as trainers open it. */
export const formatSource = (source: SourcePos | null): string => (source ? `${source.file}:${source.line}` : '');
