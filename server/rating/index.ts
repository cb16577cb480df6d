import { defineModule, resolversReading, serviceOf } from '../core/module';
import { BallotCode } from './ballot-code.entity';
import { BallotCodeService } from './ballot-code.service';
import { MeetingResult } from './meeting-result.entity';
import { liveProgress } from './rating-events';
import { Participation, Rating } from './rating.entity';
import { createRatingLoaders } from './rating.loaders';
import { MeetingResultResolver, RatingResolver, type RatingResolverContext } from './rating.resolver';
import { RatingService } from './rating.service';

/**
 * Ratings and the secret ballot (docs/rules.md rules 5–7): voting, ballot codes, frozen results and
 * what of them is published, and live progress (announced after commit by the liveProgress subscriber).
 */
export const ratingModule = defineModule({
  name: 'rating',
  entities: [BallotCode, Participation, Rating, MeetingResult],
  resolvers: resolversReading<RatingResolverContext>(RatingResolver, MeetingResultResolver),
  loaders: createRatingLoaders,
  services: {
    ratings: serviceOf(RatingService),
    ballotCodes: serviceOf(BallotCodeService),
  },
  subscribers: [liveProgress],
});
