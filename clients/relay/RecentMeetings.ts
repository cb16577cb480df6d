import { graphql } from './graphql';

/** The latest meetings, read backward from the end of the list with last/before. */
export const RecentMeetingsQuery = graphql`
  query RecentMeetingsQuery($last: Int = 10, $before: String) {
    evaluationMeetings(orderBy: [{ field: SCHEDULED_AT }], last: $last, before: $before) {
      edges {
        cursor
        node {
          id
          title
          status
          scheduledAt
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
      }
    }
  }
`;
