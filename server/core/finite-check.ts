import { Check } from 'typeorm';

/**
 * The name of the CHECK that keeps a floating-point or numeric column finite: `<table>_<column>_finite`
 * (snake_case, as the naming strategy writes them).
 */
export function finiteCheckName(table: string, column: string): string {
  return `${table}_${column}_finite`;
}

/**
 * A class decorator declaring, for each listed column of `table`, a CHECK that refuses NaN,
 * Infinity and -Infinity (NULL passes where the column allows it). PostgreSQL's double precision
 * and numeric accept those values, JSON and GraphQL's Float do not: a score that is not a number
 * must fail where it is written, not on every later read. Every floating-point or numeric column
 * of the schema carries one (test/assessment-data.test.ts walks them all).
 */
export function FiniteColumns(table: string, ...columns: string[]): ClassDecorator {
  return (target) => {
    for (const column of columns) {
      Check(finiteCheckName(table, column), `"${column}" NOT IN ('NaN', 'Infinity', '-Infinity')`)(target);
    }
  };
}
