import { graphql } from './graphql';

/** One official as a card shows it; refetchable by id alone through `node(id)`. */
export const OfficialCard_official = graphql`
  fragment OfficialCard_official on Official @refetchable(queryName: "OfficialCardRefetchQuery") {
    id
    name
    title
    category
    office {
      id
      name
    }
    agency {
      id
      name
    }
    subdistrict {
      id
      name
    }
  }
`;
