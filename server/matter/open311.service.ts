import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { isId } from '../core/ids';
import { hasHiddenCharacter, HIDDEN_CHARACTER_MESSAGE, saysSomething } from '../core/inputs';
import { coreReasons } from '../core/core-reasons';
import { IntegrationScope } from '../integration/integration-scope';
import { Role } from '../user/role';
import { Matter } from './matter.entity';
import { MatterChannel, MatterStatus, MatterType } from './matter-enums';
import { partyGovernmentOffice } from './matter-access';
import { matterClock } from './matter-clock';
import { createMatter, EARLIEST_RECEIPT } from './matter-receipt';
import { normalisePhone, PHONE } from './matter.inputs';
import { unitNames, type UnitNameContext } from './matter-resident.service';
import { matterReasons } from './reasons';

/** The GeoReport v2 services: one per matter type (docs/rules.md rule 13), in Chinese with English. */
const SERVICES: Record<MatterType, { name: string; description: string }> = {
  CONSULTATION: { name: '咨询 Consultation', description: 'A question to the 街道; answered within 1 working day.' },
  COMPLAINT: { name: '投诉 Complaint', description: 'A complaint; resolved within 5 working days.' },
  REQUEST_FOR_HELP: {
    name: '求助 Request for help',
    description: 'A request for help; resolved within 5 working days.',
  },
  COMPLEX: {
    name: '复杂诉求 Complex matter',
    description: 'A matter several offices must handle; 5 working days, 15 with an approved extension.',
  },
};

/** Most requests one GET requests.json answers, and its default and widest date range (the spec's 90 days). */
const MAX_REQUESTS = 1000;
const RANGE_MS = 90 * 86_400_000;

/** A decimal number as `lat` and `long` are written: an optional sign, digits, a fraction of at most 15 digits (what a double prints). */
const DECIMAL = /^[-+]?\d{1,3}(\.\d{1,15})?$/;

/**
 * The coordinate `name` (`lat`: −90…90, `long`: −180…180 degrees) of `body` as sent, or '' when
 * absent or blank; BAD_USER_INPUT (400) naming it when it is not a number in that range.
 */
function coordinate(body: Record<string, unknown>, name: 'lat' | 'long'): string {
  const raw = body[name];
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return '';
  const limit = name === 'lat' ? 90 : 180;
  // A form sends a string; a JSON body may send a number.
  const text =
    typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
  if (!DECIMAL.test(text) || Math.abs(Number(text)) > limit)
    throw new BadUserInputError(matterReasons.coordinate({ limit, limit2: limit }), name);
  return text;
}

/** An Open311 service request as GeoReport v2 returns it (JSON). No personal data ever. */
export type Open311Request = Record<string, string | number | null>;

/**
 * Open311 GeoReport v2 over residents' matters: services are the matter types,
 * service requests are matters of the token's district. `jurisdiction_id` is the 9-digit code of
 * a 街道 (the endpoint serves many); `api_key` is a service token (matters:read or matters:write to
 * read, matters:write to submit). A submitted request is received by the 街道's PARTY_GOVERNMENT
 * office (channel ONLINE); its tracking code comes back in `service_notice`. Answers carry no name,
 * phone or e-mail (the e-mail is not kept at all).
 */
export class Open311Service {
  constructor(private readonly ctx: UnitNameContext) {}

  /** The caller's district; UNAUTHENTICATED without a key, FORBIDDEN without one of `scopes`. */
  private district(scopes: IntegrationScope[]): string {
    const viewer = this.ctx.viewer;
    if (!viewer) throw new UnauthenticatedError(matterReasons.apiKeyRequired());
    if (viewer.role !== Role.INTEGRATION || !scopes.some((s) => viewer.scopes?.includes(s)))
      throw new ForbiddenError(matterReasons.apiKeyScope({ scopes: scopes.join(' or ') }));
    return viewer.districtId;
  }

  /** The 街道 of a jurisdiction_id within the caller's district: BAD_USER_INPUT when missing (400), NOT_FOUND when unknown (404). */
  private async jurisdiction(code: unknown, districtId: string): Promise<{ id: string; name: string }> {
    if (typeof code !== 'string' || code === '')
      throw new BadUserInputError(matterReasons.jurisdictionRequired(), 'jurisdiction_id');
    const [row] = (await this.ctx.db.query('SELECT id, name FROM subdistrict WHERE code = $1 AND district_id = $2', [
      code,
      districtId,
    ])) as { id: string; name: string }[];
    if (!row) throw new NotFoundError('jurisdiction_id', code);
    return row;
  }

  /** GET services.json: the four matter types. */
  async services(query: Record<string, unknown>): Promise<Open311Request[]> {
    await this.jurisdiction(
      query.jurisdiction_id,
      this.district([IntegrationScope.MATTERS_READ, IntegrationScope.MATTERS_WRITE]),
    );
    return Object.entries(SERVICES).map(([code, s]) => ({
      service_code: code,
      service_name: s.name,
      description: s.description,
      metadata: 'false',
      type: 'realtime',
      keywords: '',
      group: '诉求',
    }));
  }

  /**
   * GET requests.json: `service_request_id` (comma-separated, overrides the rest), or
   * `service_code`, `status` (open, closed; comma-separated), `start_date` / `end_date` (by
   * receipt, at most 90 days apart, default the last 90 days); newest first, at most 1,000.
   */
  async list(query: Record<string, unknown>): Promise<Open311Request[]> {
    const subdistrict = await this.jurisdiction(
      query.jurisdiction_id,
      this.district([IntegrationScope.MATTERS_READ, IntegrationScope.MATTERS_WRITE]),
    );
    const qb = this.ctx.db
      .getRepository(Matter)
      .createQueryBuilder('m')
      .where('m.subdistrictId = :sid', { sid: subdistrict.id });
    const list = (name: string) =>
      typeof query[name] === 'string'
        ? (query[name] as string)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    const ids = list('service_request_id');
    if (ids.length > 0) {
      qb.andWhere('m.id = ANY(:ids)', { ids: ids.filter(isId) });
    } else {
      const codes = list('service_code');
      if (codes.some((c) => !(c in SERVICES)))
        throw new BadUserInputError(
          matterReasons.serviceCode({ allowed: Object.keys(SERVICES).join(', ') }),
          'service_code',
        );
      if (codes.length > 0) qb.andWhere('m.type = ANY(:codes)', { codes });
      const statuses = list('status');
      if (statuses.some((s) => s !== 'open' && s !== 'closed'))
        throw new BadUserInputError(matterReasons.statusValue(), 'status');
      if (statuses.length === 1)
        qb.andWhere(statuses[0] === 'closed' ? 'm.status = :resolved' : 'm.status <> :resolved', {
          resolved: MatterStatus.RESOLVED,
        });
      const date = (name: string) => {
        if (query[name] === undefined) return null;
        const value = new Date(String(query[name]));
        if (Number.isNaN(value.getTime()) || value < EARLIEST_RECEIPT || value.getUTCFullYear() > 2100)
          throw new BadUserInputError(matterReasons.w3Date(), name);
        return value;
      };
      let start = date('start_date');
      let end = date('end_date');
      end ??= start ? new Date(start.getTime() + RANGE_MS) : matterClock.now();
      start ??= new Date(end.getTime() - RANGE_MS);
      if (end.getTime() - start.getTime() > RANGE_MS || end < start)
        throw new BadUserInputError(matterReasons.endDate(), 'end_date');
      qb.andWhere('m.receivedAt >= :start AND m.receivedAt <= :end', { start, end });
    }
    const matters = await qb.orderBy('m.receivedAt', 'DESC').addOrderBy('m.id').limit(MAX_REQUESTS).getMany();
    return this.describe(matters);
  }

  /** GET requests/<id>.json: one request, as a one-element array (the spec's shape). NOT_FOUND outside the jurisdiction. */
  async one(id: string, query: Record<string, unknown>): Promise<Open311Request[]> {
    const subdistrict = await this.jurisdiction(
      query.jurisdiction_id,
      this.district([IntegrationScope.MATTERS_READ, IntegrationScope.MATTERS_WRITE]),
    );
    const matter = isId(id)
      ? await this.ctx.db.getRepository(Matter).findOneBy({ id, subdistrictId: subdistrict.id })
      : null;
    if (!matter) throw new NotFoundError('service_request_id', id);
    return this.describe([matter]);
  }

  /**
   * POST requests.json (form-encoded or JSON): receives a matter in the jurisdiction's 街道 by its
   * PARTY_GOVERNMENT office. Needs `service_code` and a `description` that says something (not
   * blank, not only invisible characters; BAD_USER_INPUT, 400), and a place: `address_string`, or
   * `lat` and `long` (each, when sent, a number of degrees: −90…90 and −180…180; 400 otherwise). first_name / last_name and phone become the
   * reporter (personal data, never returned); email, device_id, account_id, media_url and
   * attribute[…] are not kept.
   */
  async submit(body: Record<string, unknown>): Promise<Open311Request[]> {
    const subdistrict = await this.jurisdiction(body.jurisdiction_id, this.district([IntegrationScope.MATTERS_WRITE]));
    // A name or a place (`shown`) may hold no character that shows nothing, as in ReceiveMatterInput.
    const text = (name: string, max: number, shown = false) => {
      const value = typeof body[name] === 'string' ? (body[name] as string).trim() : '';
      if (value.length > max) throw new BadUserInputError(matterReasons.maxChars({ max }), name);
      if (shown && hasHiddenCharacter(value))
        throw new BadUserInputError(
          coreReasons['validation.noHiddenCharacters']({ message: HIDDEN_CHARACTER_MESSAGE }),
          name,
        );
      return value;
    };
    const serviceCode = text('service_code', 32);
    if (!(serviceCode in SERVICES))
      throw new BadUserInputError(
        matterReasons.serviceCode({ allowed: Object.keys(SERVICES).join(', ') }),
        'service_code',
      );
    const description = text('description', 4000);
    if (!saysSomething(description)) throw new BadUserInputError(matterReasons.descriptionBlank(), 'description');
    const lat = coordinate(body, 'lat');
    const long = coordinate(body, 'long');
    const place = text('address_string', 200, true) || (lat && long ? `${lat},${long}` : '');
    if (!place) throw new BadUserInputError(matterReasons.addressOrLocation(), 'address_string');
    const phone = normalisePhone(text('phone', 32));
    if (phone && !PHONE.test(phone)) throw new BadUserInputError(matterReasons.phone(), 'phone');
    // Each part at most 49 characters, so that the two with their space fit the 100 of a reporter's name.
    const name = [text('first_name', 49, true), text('last_name', 49, true)].filter(Boolean).join(' ');
    const received = await this.ctx.db.transaction(async (manager) => {
      const receiver = await partyGovernmentOffice(manager, subdistrict.id);
      return createMatter(
        manager,
        {
          type: serviceCode as MatterType,
          channel: MatterChannel.ONLINE,
          subdistrictId: subdistrict.id,
          neighborhoodId: null,
          title: [...description].slice(0, 60).join(''),
          description,
          place,
          reporterName: name,
          reporterPhone: phone,
          externalId: null,
        },
        receiver,
        matterClock.now(),
        null,
      );
    });
    return [
      {
        service_request_id: received.matter.id,
        service_notice: `Tracking code ${received.trackingCode}: give it to the resident to follow and rate the matter (shown once). 追踪码 ${received.trackingCode}`,
        account_id: null,
      },
    ];
  }

  /** Matters as GeoReport v2 service requests: status open/closed, agency_responsible, expected_datetime; no personal data. */
  private async describe(matters: Matter[]): Promise<Open311Request[]> {
    const names = await unitNames(
      this.ctx,
      matters.map((m) => ({ officeId: m.ownerOfficeId, agencyId: m.ownerAgencyId })),
    );
    return matters.map((m) => ({
      service_request_id: m.id,
      status: m.status === MatterStatus.RESOLVED ? 'closed' : 'open',
      status_notes: m.status === MatterStatus.RESOLVED ? m.resolution : (m.response ?? m.status),
      service_name: SERVICES[m.type].name,
      service_code: m.type,
      description: m.description,
      agency_responsible: names.get(m.ownerOfficeId ?? m.ownerAgencyId ?? '') ?? null,
      service_notice: null,
      requested_datetime: m.receivedAt.toISOString(),
      updated_datetime: (m.resolvedAt && m.status === MatterStatus.RESOLVED ? m.resolvedAt : m.updatedAt).toISOString(),
      expected_datetime: (m.status === MatterStatus.RECTIFYING && m.rectificationDueAt
        ? m.rectificationDueAt
        : m.dueAt
      ).toISOString(),
      address: m.place,
      address_id: null,
      zipcode: null,
      lat: null,
      long: null,
      media_url: null,
    }));
  }
}
