import { graphql } from './graphql';

/**
 * A paginated list of a district's officials, as a Relay app shows it with usePaginationFragment:
 * the connection is kept under the key `OfficialList_officials` and grows with `first`/`after`.
 */
export const OfficialListQuery = graphql`
  query OfficialListQuery($districtId: ID!, $count: Int = 20, $cursor: String) {
    ...OfficialList_query
  }
`;

export const OfficialList_query = graphql`
  fragment OfficialList_query on Query @refetchable(queryName: "OfficialListPaginationQuery") {
    officials(filter: { districtId: $districtId }, orderBy: [{ field: NAME }], first: $count, after: $cursor) @connection(key: "OfficialList_officials") {
      totalCount
      edges {
        cursor
        node {
          id
          ...OfficialCard_official
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
