import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { RatingTemplate } from './rating-template.entity';

/** This request's rating-template loaders, limited to the viewer's district. */
export function createRatingTemplateLoaders(db: DataSource, viewer: Viewer | null) {
  return { ratingTemplate: byIdLoader(db, RatingTemplate, scopeFilter(viewer, 'districtId')) };
}

/** The rating-template loaders, for services that declare them. */
export type RatingTemplateLoaders = ReturnType<typeof createRatingTemplateLoaders>;
