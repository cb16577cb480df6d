/// <reference lib="dom" />
/**
 * The key screens of the admin are accessible (axe-core finds nothing critical or serious): the
 * login page, the main lists, a create and an edit form, a meeting's page (the chair's room) and
 * the assessment overview, in Chinese at 1280×800, as the 黄浦区 admin on the demo data.
 */
import { openPage } from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { useAdminSession } from './support/session';

const session = useAdminSession({ width: 1280, height: 800 });
const admin = (path: string) => `${session.server.url}/admin/#${path}`;

/** Opens a list and waits for its first row. */
async function openList(path: string): Promise<void> {
  const { page } = session.tab;
  await page.goto(admin(path));
  await page.locator('.RaDatagrid-tbody tr').first().waitFor();
}

describe('axe-core on the key screens: no critical or serious violation', () => {
  it('the login page', async () => {
    const tab = await openPage(session.browser, session.server.url, { width: 1280, height: 800 });
    try {
      await tab.page.goto(admin('/login'));
      await tab.page.getByLabel('用户名').waitFor();
      await expectNoAxeViolations(tab.page);
    } finally {
      await tab.context.close();
    }
  });

  it.each(['/officials', '/subdistricts', '/evaluationMeetings', '/matters'])('the list %s', async (path) => {
    await openList(path);
    await expectNoAxeViolations(session.tab.page);
  });

  it('the create form of an official and the edit form of a department', async () => {
    const { page } = session.tab;
    await page.goto(admin('/officials/create'));
    await page.getByRole('button', { name: '保存' }).waitFor();
    await expectNoAxeViolations(page);
    await openList('/departments');
    const { departments } = await session.gql<{ departments: { nodes: { id: string }[] } }>(
      `{ departments(first: 1) { nodes { id } } }`,
    );
    await page.goto(admin(`/departments/${encodeURIComponent(departments.nodes[0].id)}`));
    await page.getByRole('button', { name: '保存' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("a meeting's page (the chair's room)", async () => {
    const { page } = session.tab;
    const { evaluationMeetings } = await session.gql<{ evaluationMeetings: { nodes: { id: string }[] } }>(
      `{ evaluationMeetings(first: 1) { nodes { id } } }`,
    );
    await page.goto(admin(`/evaluationMeetings/${encodeURIComponent(evaluationMeetings.nodes[0].id)}/show`));
    await page.getByTestId('meeting-chair').waitFor();
    await expectNoAxeViolations(page);
  });

  it('the assessment overview', async () => {
    const { page } = session.tab;
    await page.goto(admin('/assessment-overview'));
    await page.getByTestId('grade-chart').waitFor();
    await expectNoAxeViolations(page);
  });
});
