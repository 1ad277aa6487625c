// The visit engine and the stories load when first needed, so the title screen does not wait for them.

export { expressionOf } from '../core/visit/expression';
export { replayVisit } from '../core/visit/replay';
export { transcriptOf } from '../core/visit/transcript';
export { VisitRestoreError, VisitSession } from '../core/visit/visitSession';
