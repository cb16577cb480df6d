import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import { Office } from './office.entity';

/** This request's office loaders: by id, and a subdistrict's offices (ordered by kind, then name). */
export function createOfficeLoaders(db: DataSource) {
  return {
    office: byIdLoader(db, Office),
    officesBySubdistrict: groupLoader(db, Office, 'subdistrictId', 'kind'),
  };
}
