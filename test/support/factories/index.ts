/**
 * Factories: records made through the GraphQL API with sensible defaults, each returning the
 * ids and tokens a test needs. They act as the server's signed-in user (the demo ADMIN of 黄浦区
 * under `useTestApi({ withShanghai: true })`) unless given a token. A factory never asserts: a
 * failure throws with the server's errors, as the test's setup went wrong.
 *
 *   const official = await make.official(api.server, { category: 'COMMUNITY_WORKER' });
 *   const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
 *   const f = await make.setUpMeeting(api.server, { reps: 3, officials: 2, prefix: 'x' });
 */
export * from './assessments';
export * from './call';
export * from './conventions';
export * from './meetings';
export * from './organisation';
export * from './people';
export * from './places';
export * from './surveys';
