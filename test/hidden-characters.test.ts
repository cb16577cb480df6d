/**
 * Names hold no character that shows nothing (server/core/inputs.ts, NameRules): "1号楼" with a
 * zero-width space inside reads as "1号楼" on every screen, so it could stand beside the real one
 * and take its votes or its records. A longer written text keeps such characters (an emoji needs
 * its joiners). Each refusal names the field and carries its own reason.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';
import { CREATE_BUILDING, CREATE_CONVENTION, UPDATE_BUILDING } from './support/operations';

const api = useTestApi({ withShanghai: true });

describe('names with characters that show nothing', () => {
  it.each([
    ['a zero-width space', '1\u200b号楼'],
    ['a right-to-left mark', '1号楼\u200f'],
    ['a byte order mark', '\ufeff1号楼'],
    ['a soft hyphen', '1\u00ad号楼'],
    ['a Hangul filler', '1号\u3164楼'],
    ['a line feed', '1号\n楼'],
  ])('refuses a building name with %s, naming the field, and writes nothing', async (_what, name) => {
    const f = await make.conventionBuilding(api.server, { households: 3, codes: 0 });
    const res = await api.server.gql(CREATE_BUILDING, {
      input: { neighborhoodId: f.neighborhoodId, name, households: 4 },
    });
    expectError(res, 'BAD_USER_INPUT', 'input.name', { reason: 'validation.noHiddenCharacters' });
    const [{ count }] = await api.server.db.query(`SELECT count(*)::int AS count FROM building WHERE name = $1`, [
      name,
    ]);
    expect(count).toBe(0);
    const renamed = await api.server.gql(UPDATE_BUILDING, { id: f.buildingId, input: { name } });
    expectError(renamed, 'BAD_USER_INPUT', 'input.name', { reason: 'validation.noHiddenCharacters' });
  });

  it('keeps spaces inside a name, and names a blank one with its own reason', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3, codes: 0 });
    const spaced = await api.server.gql(CREATE_BUILDING, {
      input: { neighborhoodId: f.neighborhoodId, name: '3 号楼　东', households: 4 },
    });
    expect(expectData(spaced).createBuilding.name).toBe('3 号楼　东');
    const blank = await api.server.gql(CREATE_BUILDING, {
      input: { neighborhoodId: f.neighborhoodId, name: '\u3000 ', households: 4 },
    });
    expectError(blank, 'BAD_USER_INPUT', 'input.name', { reason: 'validation.saysSomething' });
  });

  it('lets a long written text keep an emoji with its joiners', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3, codes: 0 });
    const building = expectData(
      await api.server.gql(CREATE_BUILDING, {
        input: { neighborhoodId: f.neighborhoodId, name: '表情楼', households: 4 },
      }),
    ).createBuilding;
    const text = '爱护楼道，邻里和睦 👨\u200d👩\u200d👧';
    const created = await api.server.gql(CREATE_CONVENTION, {
      input: { buildingId: building.id, title: '公约', text },
    });
    expect(expectData(created).createBuildingConvention.buildingId).toBe(building.id);
    const [row] = await api.server.db.query(`SELECT text FROM convention_version WHERE convention_id = $1`, [
      expectData(created).createBuildingConvention.id,
    ]);
    expect(row.text).toBe(text);
  });
});
