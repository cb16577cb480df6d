import { graphql } from './graphql';

/**
 * A meeting's live progress for its chair: every event carries the ids of the progress and its
 * lines, so the client store updates what it already shows.
 */
export const LiveProgressSubscription = graphql`
  subscription LiveProgressSubscription($meetingId: ID!) {
    meetingProgress(meetingId: $meetingId) {
      id
      meetingId
      status
      attendeesPresent
      ballotCodesIssued
      ballotCodesUsed
      officials {
        id
        officialId
        name
        ratingsReceived
      }
      codeIssuers {
        id
        name
        codesIssued
      }
    }
  }
`;
