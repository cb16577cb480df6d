import { ASSESS, CONCLUDE_CASE, CREATE_CASE, CREATE_RESPONSIBILITY_ITEM, FINALIZE, RECORD_PANEL } from '../operations';
import type { TestServer } from '../server';
import { ok } from './call';

/** The four third-party panels (docs/rules.md rule 10). */
export const PANELS = ['PARTY_MEMBER', 'NON_PARTY', 'RESIDENT', 'EXPERT'];

/** Records one panel's score of an official's year. */
export async function panel(
  server: TestServer,
  officialId: string,
  year: number,
  name: string,
  score: number,
  token?: string,
): Promise<void> {
  await ok(server, RECORD_PANEL, { input: { officialId, year, panel: name, score } }, token);
}

/** Assesses an official's year (with the self-report mark, if given): the assessment's fields as ASSESS selects them. */
export async function assess(
  server: TestServer,
  officialId: string,
  year: number,
  selfReportMark?: number,
  token?: string,
): Promise<{ id: string; score: number | null; grade: string | null; [field: string]: unknown }> {
  return (await ok(server, ASSESS, { input: { officialId, year, selfReportMark } }, token)).assessOfficial;
}

/**
 * An assessment of `year` whose every panel and the self-report mark are `score`, so that the
 * year's score is `score` (no meeting part): its id, still DRAFT.
 */
export async function assessYear(server: TestServer, officialId: string, year: number, score: number): Promise<string> {
  for (const name of PANELS) await panel(server, officialId, year, name, score);
  return (await assess(server, officialId, year, score)).id;
}

/** Finalises an assessment (docs/rules.md rule 10: final). */
export async function finalize(server: TestServer, assessmentId: string, token?: string): Promise<void> {
  await ok(server, FINALIZE, { id: assessmentId }, token);
}

/** Opens an accountability case (docs/rules.md rule 9), by default DISCIPLINE_INSPECTION with a summary: its id. */
export async function accountabilityCase(
  server: TestServer,
  input: { officialId: string; year: number; responsibilityItemId?: string; handledBy?: string; summary?: string },
  token?: string,
): Promise<string> {
  const full = { handledBy: 'DISCIPLINE_INSPECTION', summary: '居民反映的问题', ...input };
  return (await ok(server, CREATE_CASE, { input: full }, token)).createAccountabilityCase.id;
}

/** Concludes a case with a written conclusion; `breachConfirmed` default true. */
export async function concludeCase(
  server: TestServer,
  caseId: string,
  options: { conclusion?: string; breachConfirmed?: boolean } = {},
  token?: string,
): Promise<void> {
  await ok(
    server,
    CONCLUDE_CASE,
    {
      id: caseId,
      input: { conclusion: options.conclusion ?? '经查属实。', breachConfirmed: options.breachConfirmed ?? true },
    },
    token,
  );
}

/** A red line breached in `year`: a case opened and concluded with the breach confirmed (docs/rules.md rule 9). */
export async function breach(
  server: TestServer,
  officialId: string,
  year: number,
  summary = '违规收受礼品',
): Promise<string> {
  const id = await accountabilityCase(server, { officialId, year, summary });
  await concludeCase(server, id);
  return id;
}

/** A responsibility list of `year` (docs/rules.md rule 8): the items made, in order (default two DUTY lines and one RED_LINE). */
export async function responsibilityList(
  server: TestServer,
  officialId: string,
  year: number,
  lines: { kind: 'DUTY' | 'RED_LINE'; content: string }[] = [
    { kind: 'DUTY', content: '每月走访辖区困难家庭' },
    { kind: 'DUTY', content: '按时办结居民诉求' },
    { kind: 'RED_LINE', content: '不得收受辖区单位礼品礼金' },
  ],
): Promise<{ id: string; kind: string; content: string }[]> {
  const made = [];
  for (const line of lines)
    made.push(
      (await ok(server, CREATE_RESPONSIBILITY_ITEM, { input: { officialId, year, ...line } })).createResponsibilityItem,
    );
  return made;
}
