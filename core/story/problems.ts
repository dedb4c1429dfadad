/** A problem found in story sources, located as precisely as the tool that found it can. */
export interface SourceProblem {
  file: string;
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: SourceProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${prefix}${problem.message}`;
}
