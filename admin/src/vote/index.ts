/**
 * The representatives' voting screens (docs/rules.md rules 5 and 7), routes of the residents' small
 * entry (lite/LiteApp.tsx, served at /vote/): `#/vote` and `#/vote/:meetingId` for signed-in representatives, `#/vote/login` for their
 * sign-in, `#/vote/code` for a ballot code without an account.
 */
export { CodeEntry } from './CodeEntry';
export { MemberVote } from './MemberVote';
export { RepresentativeLogin } from './RepresentativeLogin';
export { VoteHome } from './VoteHome';
