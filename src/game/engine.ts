// The visit engine and the stories load when first needed, so the title screen does not wait for them.

export { memoryViewFor, outcomeOf } from '../core/memory/memory';
export { debriefOf } from '../core/scoring/debrief';
export { createVisit } from '../core/visit/createVisit';
export { expressionOf } from '../core/visit/expression';
export { transcriptOf } from '../core/visit/transcript';
export { resumeInput, VisitRestoreError, visitInputFor } from '../core/visit/visitLog';
export { reportNow } from '../core/visit/visitMachine';
export { VisitSession } from '../core/visit/visitSession';
