/**
 * A Jest test sequencer that runs the test files in another order than Jest's own, to show that
 * no file depends on another having run first (each has a database of its own):
 *
 *   PINGYI_TEST_ORDER=reverse npx jest --testSequencer ./test/support/order-sequencer.js
 *   PINGYI_TEST_ORDER=<seed>  npx jest --testSequencer ./test/support/order-sequencer.js
 *
 * `reverse` runs them in reverse path order, a number shuffles them with that seed (printed, so a
 * failing order can be run again). Add --randomize to shuffle the tests within each file as well.
 */
const Sequencer = require('@jest/test-sequencer').default;

/** A small seeded generator (mulberry32): the same seed gives the same order. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class OrderSequencer extends Sequencer {
  sort(tests) {
    const byPath = [...tests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const order = process.env.PINGYI_TEST_ORDER ?? 'reverse';
    if (order === 'reverse') return byPath.reverse();
    const seed = Number.parseInt(order, 10);
    if (!Number.isFinite(seed))
      throw new Error(`PINGYI_TEST_ORDER must be "reverse" or a whole-number seed, got "${order}"`);
    const next = random(seed);
    for (let i = byPath.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [byPath[i], byPath[j]] = [byPath[j], byPath[i]];
    }
    process.stderr.write(`Test files shuffled with seed ${seed}\n`);
    return byPath;
  }
}

module.exports = OrderSequencer;
