/** The accountability cases' workflow call that is not a plain React-Admin update: concluding. */
import { request } from '../common/api';

/** A case as concluding it answers. */
export interface ConcludedCase {
  id: string;
  status: string;
  conclusion: string;
  breachConfirmed: boolean;
  concludedAt: string;
}

/**
 * Concludes the case `id` for good with a written `conclusion` and whether a red-line breach was
 * confirmed (concludeAccountabilityCase); returns the concluded case.
 */
export async function concludeCase(id: string, conclusion: string, breachConfirmed: boolean): Promise<ConcludedCase> {
  const data = await request<{ concludeAccountabilityCase: ConcludedCase }>(
    `mutation ConcludeCase($id: ID!, $input: ConcludeAccountabilityCaseInput!) {
      concludeAccountabilityCase(id: $id, input: $input) { id status conclusion breachConfirmed concludedAt }
    }`,
    { id, input: { conclusion, breachConfirmed } },
  );
  return data.concludeAccountabilityCase;
}
