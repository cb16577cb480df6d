import { neighborhoodKindOf } from '../neighborhood/neighborhood-kind';
import { subdistrictKindOf } from '../subdistrict/subdistrict-kind';

/** The three division levels Pingyi stores, parent first. */
export type DivisionLevel = 'district' | 'subdistrict' | 'neighborhood';

/** Import order: a level's parents are always written before it. */
export const LEVELS: readonly DivisionLevel[] = ['district', 'subdistrict', 'neighborhood'];

/** The link from a level to the level above it, as the CSV and the database spell it. */
export interface ParentSpec {
  /** CSV column holding the parent's code, e.g. `streetCode`. */
  column: string;
  /** Level of the parent. */
  level: DivisionLevel;
  /** Table of the parent (joined on its `code` column). */
  table: string;
  /** Column of the child's table holding the parent's id, e.g. `subdistrict_id`. */
  foreignKey: string;
}

/**
 * Everything the importer needs to know about one level. Table and column names are those of
 * the entities (District, Subdistrict, Neighborhood, snake_cased; a test checks they agree): the
 * importer does not load the entities, which would cost the command seconds of start-up.
 */
export interface LevelSpec {
  level: DivisionLevel;
  /** Table of the level; its columns are id, code, name, pinyin_key, pinyin_search, updated_at, kind (if `kindOf`) and the parent's key. */
  table: string;
  /** Number of digits of a code at this level (6, 9 or 12). */
  codeDigits: number;
  /** Longest name the table accepts. */
  maxNameLength: number;
  /** The stored parent, if any (a district's parent, the city, is not stored). */
  parent?: ParentSpec;
  /** Derives the `kind` column from the name; absent when the table has no kind. */
  kindOf?: (name: string) => string;
}

/** The levels' specifications, keyed by level. */
export const LEVEL_SPECS: Readonly<Record<DivisionLevel, LevelSpec>> = {
  district: { level: 'district', table: 'district', codeDigits: 6, maxNameLength: 100 },
  subdistrict: {
    level: 'subdistrict',
    table: 'subdistrict',
    codeDigits: 9,
    maxNameLength: 100,
    parent: { column: 'areaCode', level: 'district', table: 'district', foreignKey: 'district_id' },
    kindOf: subdistrictKindOf,
  },
  neighborhood: {
    level: 'neighborhood',
    table: 'neighborhood',
    codeDigits: 12,
    maxNameLength: 100,
    parent: { column: 'streetCode', level: 'subdistrict', table: 'subdistrict', foreignKey: 'subdistrict_id' },
    kindOf: neighborhoodKindOf,
  },
};

/**
 * Columns that hold an ancestor's code and how many digits that code has. A row's code must
 * start with each of them; the dataset's names (`areaCode` for the county level, `streetCode`
 * for the township level) are those of the National Bureau of Statistics' files.
 */
export const ANCESTOR_COLUMNS: Readonly<Record<string, number>> = {
  provinceCode: 2,
  cityCode: 4,
  areaCode: 6,
  streetCode: 9,
};

/** Where the fields a row needs sit in a file's records. */
export interface ColumnLayout {
  /** Number of fields every record must have (the header's). */
  width: number;
  code: number;
  name: number;
  /** Ancestor-code columns present in the file, with their digit counts. */
  ancestors: { column: string; index: number; digits: number }[];
  /** Index of the parent-code column (one of `ancestors`), when the level has a stored parent. */
  parent?: number;
}

/** What a header says about a file: a level to import, or why the file is skipped. */
export type HeaderVerdict = { kind: 'level'; spec: LevelSpec; layout: ColumnLayout } | { kind: 'skip'; reason: string };

/**
 * Reads a file's level from its header row: a `streetCode` column means village level
 * (neighborhoods), `areaCode` township level (subdistricts), `cityCode` county level
 * (districts). Province and prefecture files (`code,name[,provinceCode]`) and anything without
 * `code` and `name` columns are skipped with a reason.
 */
export function classifyHeader(header: string[]): HeaderVerdict {
  const names = header.map((h) => h.trim());
  const index = (column: string) => names.indexOf(column);
  if (index('code') < 0 || index('name') < 0) {
    return { kind: 'skip', reason: `unrecognised header "${names.join(',')}" (expected code,name,… columns)` };
  }
  let level: DivisionLevel;
  if (index('streetCode') >= 0) level = 'neighborhood';
  else if (index('areaCode') >= 0) level = 'subdistrict';
  else if (index('cityCode') >= 0) level = 'district';
  else if (index('provinceCode') >= 0) {
    return { kind: 'skip', reason: 'prefecture-level (city) file: Pingyi does not store cities' };
  } else {
    return { kind: 'skip', reason: 'province-level file: Pingyi does not store provinces' };
  }
  const spec = LEVEL_SPECS[level];
  const ancestors = Object.entries(ANCESTOR_COLUMNS)
    .filter(([column, digits]) => digits < spec.codeDigits && index(column) >= 0)
    .map(([column, digits]) => ({ column, index: index(column), digits }));
  const layout: ColumnLayout = { width: names.length, code: index('code'), name: index('name'), ancestors };
  if (spec.parent) layout.parent = index(spec.parent.column);
  return { kind: 'level', spec, layout };
}
