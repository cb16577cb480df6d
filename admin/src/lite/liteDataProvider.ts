/**
 * The data provider of the small entry: the workflow methods the residents' pages call (voting,
 * matters, surveys, the households' page) over the same call and error translation as the admin's data provider
 * (dataProvider/index.ts), without React-Admin's CRUD methods and the schema they are built from.
 * A signed-in call answered UNAUTHENTICATED is reported (`onSignedOut`: LiteApp signs the user out
 * and shows the representatives' sign-in), as the admin's signs out.
 */
import type { Call } from '../dataProvider/call';
import { createGraphQLClient } from '../dataProvider/graphqlClient';
import { householdMethods } from '../dataProvider/household';
import { matterMethods } from '../dataProvider/matters';
import { toHttpError } from '../dataProvider/serverErrors';
import { surveyMethods } from '../dataProvider/surveys';
import { votingMethods } from '../dataProvider/voting';
import type { TranslateFunction } from './raLite';

/** Options of {@link createLiteDataProvider}. */
export interface LiteDataProviderOptions {
  uri: string;
  translate: TranslateFunction;
  /** Headers of a signed-in request (the user's `Authorization`). */
  headers: () => Record<string, string>;
  /** Called when a signed-in call is answered UNAUTHENTICATED (the session ended). */
  onSignedOut: () => void;
}

/** The voting, matter, survey and household methods over one signed-in and one anonymous client. */
export function createLiteDataProvider(options: LiteDataProviderOptions) {
  const signedIn = createGraphQLClient({ uri: options.uri, headers: options.headers });
  const anonymous = createGraphQLClient({ uri: options.uri });
  const call: Call = async (resource, document, variables, callOptions = {}) => {
    const client = callOptions.anonymous ? anonymous : signedIn;
    try {
      const { data } = await client.query({ query: document, variables: variables as Record<string, unknown> });
      return data as never;
    } catch (error) {
      const failure = toHttpError(error, resource, options.translate, callOptions);
      if ((failure as { status?: number }).status === 401 && !callOptions.anonymous) options.onSignedOut();
      throw failure;
    }
  };
  return { ...votingMethods(call), ...matterMethods(call), ...surveyMethods(call), ...householdMethods(call) };
}
