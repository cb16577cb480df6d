/**
 * Pingyi's React-Admin data provider: the one way the admin talks to the API. React-Admin's nine
 * CRUD methods (crud.ts) and the workflow methods of the meeting room, the voting screen, the
 * annual assessment, the governance, the residents' matters and the self-governance screens (`dataProvider.openMeeting(id)`, …), each running a
 * typed operation generated from the committed schema (admin/src/gql). Components reach it through
 * `useDataProvider` with react-query (common/providerHooks.ts); every failure is the same localized
 * HttpError (serverErrors.ts).
 */
import type { DataProvider, TranslateFunction } from 'ra-core';
import type { IntrospectionSchema } from 'graphql';
import { schema as committedSchema } from '../schema';
import { assessmentMethods } from './assessments';
import type { Call } from './call';
import { createCrudMethods } from './crud';
import { governanceMethods } from './governance';
import { createGraphQLClient } from './graphqlClient';
import { matterMethods } from './matters';
import { meetingMethods } from './meetings';
import { toHttpError } from './serverErrors';
import { votingMethods } from './voting';
import { surveyMethods } from './surveys';
import { selfGovernanceMethods } from './selfgov';
import { householdMethods } from './household';
import { petitionMethods } from './petitions';

export { MAX_PAGE_SIZE } from './crud';

/** Options of {@link createDataProvider}. */
export interface DataProviderOptions {
  /** The GraphQL endpoint (default `/graphql`). */
  uri?: string;
  /** Translates error messages into the admin's current language. */
  translate: TranslateFunction;
  /** The schema to build CRUD queries from (default: the committed schema.graphql). */
  schema?: IntrospectionSchema;
  /** The fetch to use (tests pass their own). */
  fetch?: typeof fetch;
  /** Headers sent with every signed-in request, e.g. the user's `Authorization`. */
  headers?: () => Record<string, string>;
}

/** The workflow methods of {@link createDataProvider}, beside React-Admin's own. */
export type WorkflowMethods = ReturnType<typeof meetingMethods> &
  ReturnType<typeof votingMethods> &
  ReturnType<typeof assessmentMethods> &
  ReturnType<typeof governanceMethods> &
  ReturnType<typeof matterMethods> &
  ReturnType<typeof surveyMethods> &
  ReturnType<typeof selfGovernanceMethods> &
  ReturnType<typeof householdMethods> &
  ReturnType<typeof petitionMethods>;

/** Pingyi's data provider: React-Admin's methods and the workflow methods. */
export type PingyiDataProvider = DataProvider & WorkflowMethods;

/**
 * Creates Pingyi's data provider over one fetch-based client for signed-in calls (the `headers`)
 * and one for anonymous calls (a ballot code's).
 */
export function createDataProvider(options: DataProviderOptions): PingyiDataProvider {
  const uri = options.uri ?? '/graphql';
  const signedIn = createGraphQLClient({ uri, fetch: options.fetch, headers: options.headers });
  const anonymous = createGraphQLClient({ uri, fetch: options.fetch });
  const call: Call = async (resource, document, variables, callOptions = {}) => {
    const client = callOptions.anonymous ? anonymous : signedIn;
    try {
      const { data } = await client.query({ query: document, variables: variables as Record<string, unknown> });
      return data as never;
    } catch (error) {
      throw toHttpError(error, resource, options.translate, callOptions);
    }
  };
  const crud = createCrudMethods(signedIn, options.schema ?? committedSchema, (error, resource) =>
    toHttpError(error, resource, options.translate),
  );
  return {
    ...crud,
    ...meetingMethods(call),
    ...votingMethods(call),
    ...assessmentMethods(call),
    ...governanceMethods(call),
    ...matterMethods(call),
    ...surveyMethods(call),
    ...selfGovernanceMethods(call),
    ...householdMethods(call),
    ...petitionMethods(call),
  };
}
