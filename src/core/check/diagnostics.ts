/** A problem found in a story, at a place a trainer can open. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based; null when the problem belongs to the whole file. */
  readonly line: number | null;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** `path:line: message`, with warnings marked so they read apart from errors. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line === null ? d.file : `${d.file}:${d.line}`;
  return `${place}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
