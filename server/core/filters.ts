import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { pinyinQuery } from './pinyin';
import { stripHiddenCharacters } from './inputs';

/** Escapes `%`, `_` and `\` so that user text is matched literally by LIKE/ILIKE. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Filter conditions most list queries share. */
export interface CommonFilter {
  ids?: string[] | null;
  code?: string | null;
  nameContains?: string | null;
}

/**
 * Adds the shared conditions to a list query: `ids` (any of), `code` (prefix of the division
 * code, for types that have one) and `nameContains` (case-insensitive substring of the name, or of
 * its pinyin or initials: `whereNameOrPinyin`, for types kept with pinyin — server/core/pinyin.entity.ts).
 */
export function applyCommonFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: CommonFilter | null | undefined,
): SelectQueryBuilder<T> {
  const a = qb.alias;
  if (!filter) return qb;
  if (filter.ids) qb.andWhere(`${a}.id = ANY(:ids)`, { ids: filter.ids });
  if (filter.code) qb.andWhere(`${a}.code LIKE :codePrefix`, { codePrefix: `${likeLiteral(filter.code)}%` });
  return whereNameOrPinyin(qb, filter.nameContains);
}

/** Adds `column = value` when the value is given. */
export function whereEquals<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  value: unknown,
): SelectQueryBuilder<T> {
  if (value !== undefined && value !== null) {
    const param = `p_${column.replace(/\W/g, '_')}`;
    qb.andWhere(`${qb.alias}.${column} = :${param}`, { [param]: value });
  }
  return qb;
}

/** Adds "the record's subdistrict lies in this district", for types that carry a `subdistrictId`. */
export function whereInDistrict<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  districtId: string | null | undefined,
): SelectQueryBuilder<T> {
  if (districtId) {
    qb.andWhere(`${qb.alias}.subdistrictId IN (SELECT s.id FROM subdistrict s WHERE s.district_id = :districtId)`, {
      districtId,
    });
  }
  return qb;
}

/**
 * Adds "the name contains the text" for types kept with pinyin (docs/rules.md rule 15): the
 * characters match any of `columns` (case-insensitive substring; default the name); Latin letters
 * also match the pinyin or initials of the name ("wang", "wangjian", "wjg"), spaces ignored.
 */
export function whereNameOrPinyin<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  text: string | null | undefined,
  columns: readonly string[] = ['name'],
): SelectQueryBuilder<T> {
  // A zero-width space pasted with the text is no part of any name.
  const typed = text ? stripHiddenCharacters(text) : '';
  if (!typed) return qb;
  const a = qb.alias;
  const spelled = pinyinQuery(typed);
  const params = { nameLike: `%${likeLiteral(typed)}%`, pinyinLike: `%${likeLiteral(spelled ?? '')}%` };
  const matches = columns.map((c) => `${a}.${c} ILIKE :nameLike`);
  if (spelled) matches.push(`${a}.pinyinSearch LIKE :pinyinLike`);
  qb.andWhere(`(${matches.join(' OR ')})`, params);
  return qb;
}
