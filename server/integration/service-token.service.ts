import { snapshot } from '../core/domain-events';
import { BadUserInputError, ForbiddenError } from '../core/errors';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope, Place, Viewer } from '../core/viewer';
import { Role } from '../core/role';
import { CreatedServiceToken, CreateServiceTokenInput, ServiceTokenFilter } from './integration.inputs';
import { hashServiceToken, newServiceToken } from './service-token-auth';
import { ServiceToken } from './service-token.entity';
import type { ServiceContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { IntegrationLoaders } from './integration.loaders';
import { integrationReasons } from './reasons';

/** What an audit entry shows of a token (never its hash). */
const AUDITED_FIELDS: (keyof ServiceToken)[] = ['name', 'districtId', 'scopes', 'expiresAt', 'revokedAt'];

/** The loaders this service reads. */
type TokenServiceLoaders = IntegrationLoaders;

/** The services this service calls (the composition root passes them). */
export interface TokenDeps {
  districts: DistrictService;
}

/** Service tokens of district systems: created, listed and revoked by an ADMIN of the whole district. */
export class ServiceTokenService extends RecordService<ServiceToken, TokenServiceLoaders> {
  protected readonly typeName = 'ServiceToken';

  constructor(
    ctx: ServiceContext<TokenServiceLoaders>,
    private readonly deps: TokenDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.serviceToken;
  }

  protected async placeOf(token: ServiceToken): Promise<Place> {
    return { districtId: token.districtId, subdistrictId: null };
  }

  /** The caller, who must be an ADMIN of a whole district (tokens are district-level); FORBIDDEN otherwise. */
  private districtAdmin(what: string): Viewer {
    const viewer = this.viewer;
    if (viewer.role !== Role.ADMIN || viewer.subdistrictId)
      throw new ForbiddenError(integrationReasons.districtAdminOnly({ what }));
    return viewer;
  }

  /** One token by id (district ADMIN only); null when there is none in the caller's district. */
  override find(id: string): Promise<ServiceToken | null> {
    this.districtAdmin('read service tokens');
    return super.find(id);
  }

  /** A page of the tokens of the caller's district, newest first by default (district ADMIN only). */
  list(filter: ServiceTokenFilter | undefined, page: PageArgs): Promise<Connection<ServiceToken>> {
    const viewer = this.districtAdmin('list service tokens');
    const qb = limitToScope(this.ctx.db.getRepository(ServiceToken).createQueryBuilder('t'), viewer, 'districtId');
    if (filter?.ids) qb.andWhere('t.id = ANY(:ids)', { ids: filter.ids });
    if (filter?.active === true) qb.andWhere('t.revokedAt IS NULL AND t.expiresAt > now()');
    if (filter?.active === false) qb.andWhere('(t.revokedAt IS NOT NULL OR t.expiresAt <= now())');
    return paginate(qb, page, [], { CREATED_AT: 't.createdAt' }, [
      { field: 'CREATED_AT', direction: OrderDirection.DESC },
    ]);
  }

  /**
   * Creates a token for a district (an ADMIN of that whole district) and returns the token string
   * this once; only its SHA-256 is stored. BAD_USER_INPUT on `input.expiresAt` unless it lies in
   * the next year, on `input.districtId` for an unknown district.
   */
  async create(input: CreateServiceTokenInput): Promise<CreatedServiceToken> {
    const district = await this.deps.districts.referenced(input.districtId, 'input.districtId');
    const viewer = this.districtAdmin('create service tokens');
    assertMay(
      viewer,
      [Role.ADMIN],
      { districtId: district.id, subdistrictId: null },
      `create service tokens for ${district.name}`,
    );
    const now = new Date();
    const latest = new Date(now);
    latest.setUTCFullYear(latest.getUTCFullYear() + 1);
    if (!(input.expiresAt instanceof Date) || Number.isNaN(input.expiresAt.getTime()) || input.expiresAt <= now) {
      throw new BadUserInputError(integrationReasons.expiresInFuture(), 'input.expiresAt');
    }
    if (input.expiresAt > latest)
      throw new BadUserInputError(integrationReasons.expiresWithinYear(), 'input.expiresAt');
    const token = newServiceToken();
    const serviceToken = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(ServiceToken);
      const saved = await repo.save(
        repo.create({
          name: input.name.trim(),
          districtId: district.id,
          scopes: [...new Set(input.scopes)],
          tokenHash: hashServiceToken(token),
          expiresAt: input.expiresAt,
          revokedAt: null,
          lastUsedAt: null,
          createdById: viewer.userId,
        }),
      );
      await record({
        actorId: viewer.userId,
        type: 'service_token.created',
        entityType: 'ServiceToken',
        entityId: saved.id,
        after: snapshot(saved, AUDITED_FIELDS),
      });
      return saved;
    });
    return { token, serviceToken };
  }

  /** Revokes a token at once (district ADMIN over it); revoking a revoked token changes nothing. NOT_FOUND. */
  async revoke(id: string): Promise<ServiceToken> {
    const token = await this.get(id);
    const viewer = this.districtAdmin('revoke service tokens');
    await this.assertAdminOver(token, 'revoke this service token');
    if (token.revokedAt) return token;
    return this.ctx.transaction(async ({ manager, record }) => {
      const before = snapshot(token, AUDITED_FIELDS);
      await manager.getRepository(ServiceToken).update({ id }, { revokedAt: () => 'now()' });
      const revoked = await manager.getRepository(ServiceToken).findOneByOrFail({ id });
      await record({
        actorId: viewer.userId,
        type: 'service_token.revoked',
        entityType: 'ServiceToken',
        entityId: id,
        before,
        after: snapshot(revoked, AUDITED_FIELDS),
      });
      this.loader.clear(id);
      return revoked;
    });
  }
}
