/**
 * What a failed call of the voting screen tells a representative (docs/rules.md rules 5 and 7): the
 * `pingyi.vote.errors.*` key that explains it in plain words, from the error's `extensions.code`,
 * `reason` and `field`.
 */
import { errorCode, errorExtensions, errorField } from '../common/providerHooks';
import type { Voter } from '../dataProvider/types';

/**
 * The `pingyi.vote.errors.*` key of a failed call (a code voter's FORBIDDEN means the code no
 * longer opens this meeting, or another browser holds it).
 */
export function voteErrorKey(error: unknown, voter: Voter): string {
  const field = errorField(error);
  const reason = errorExtensions(error).reason;
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT':
      if (field === 'code') return 'code';
      if (field === 'input.comment') return 'comment';
      if (field === 'input.scores') return 'scores';
      if (field === 'input.officialId') return 'official';
      return 'input';
    case 'FORBIDDEN':
      if (reason === 'CODE_IN_USE') return 'codeInUse';
      if (reason === 'CODE_VOTER') return 'codeVoter';
      if (voter.kind === 'code') return 'code';
      return reason === 'SELF_RATING' ? 'self' : 'notRegistered';
    case 'CONFLICT':
      return 'conflict';
    case 'NOT_FOUND':
      return 'notFound';
    case 'UNAUTHENTICATED':
      return reason === 'TOO_MANY_ATTEMPTS' ? 'tooMany' : 'unauthenticated';
    case 'NETWORK':
      return 'network';
    default:
      return 'internal';
  }
}
