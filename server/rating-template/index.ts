import { defineModule, resolversReading, serviceOf } from '../core/module';
import { RatingTemplate } from './rating-template.entity';
import { createRatingTemplateLoaders } from './rating-template.loaders';
import { RatingTemplateResolver, type RatingTemplateResolverContext } from './rating-template.resolver';
import { RatingTemplateService } from './rating-template.service';

/**
 * Rating templates: the criteria and weights a meeting rates by (docs/rules.md rule 6).
 */
export const ratingTemplateModule = defineModule({
  name: 'rating-template',
  entities: [RatingTemplate],
  resolvers: resolversReading<RatingTemplateResolverContext>(RatingTemplateResolver),
  loaders: createRatingTemplateLoaders,
  services: {
    ratingTemplates: serviceOf(RatingTemplateService),
  },
});
