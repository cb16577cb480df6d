import { graphql } from './graphql';

/** A closed meeting with each official's published result (docs/rules.md rules 6 and 7). */
export const MeetingResultsQuery = graphql`
  query MeetingResultsQuery($meetingId: ID!) {
    evaluationMeeting(id: $meetingId) {
      id
      title
      year
      status
      results {
        official {
          id
          ...OfficialCard_official
        }
        ratingCount
        rate
        weightedScore
        satisfactionDistribution {
          level
          count
        }
      }
    }
  }
`;
