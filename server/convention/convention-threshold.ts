/**
 * The two-thirds rule of building conventions (docs/rules.md rule 14), as pure functions: a version
 * takes effect when its approvals reach two thirds of the building's households. Counted in whole
 * numbers (approvals · 3 ≥ households · 2), so exactly two thirds takes effect and one short does not.
 */

/** Approvals needed out of `households`: ⌈2·households/3⌉ (e.g. 6 of 9, 7 of 10). */
export function requiredApprovals(households: number): number {
  return Math.ceil((2 * households) / 3);
}

/** Whether `approvals` reach two thirds of `households`. */
export function reachesTwoThirds(approvals: number, households: number): boolean {
  return approvals * 3 >= households * 2;
}
