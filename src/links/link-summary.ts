import type { Problem } from '../core/problems.ts';
import { plural } from '../core/text.ts';
import type { LinkOutcome } from './check-link.ts';

/** The last line of a run, like the validator's. */
export function linkSummary(problems: Problem[], linkCount: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${plural(linkCount, 'link')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** True when no request got through anywhere: the network, not the links, is at fault. */
export function unreachableEverywhere(outcomes: LinkOutcome[]): boolean {
  const unreachable = new Set(['dns', 'refused', 'network']);
  return (
    outcomes.length > 1 &&
    outcomes.every(
      (outcome) => outcome.kind === 'broken' && unreachable.has(outcome.failure.reason),
    )
  );
}
