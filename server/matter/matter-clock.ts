/**
 * The time the matter rules read (receipt, transfers, deadlines, the overdue job). It is the
 * system clock; integration tests set `now` to walk a matter through chosen instants (the fire-lane
 * case across the National Day holiday) without waiting, and put it back afterwards. Nothing else
 * may change it.
 */
export const matterClock = {
  now: (): Date => new Date(),
};
