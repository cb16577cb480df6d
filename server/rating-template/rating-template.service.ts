import { BadUserInputError, ConflictError } from '../core/errors';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope } from '../core/viewer';
import { snapshot } from '../core/domain-events';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { Role } from '../core/role';
import { RatingCriterion, RatingTemplate } from './rating-template.entity';
import { CreateRatingTemplateInput, RatingCriterionInput, UpdateRatingTemplateInput } from './rating-template.inputs';
import type { ServiceContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { RatingTemplateLoaders } from './rating-template.loaders';
import { ratingTemplateReasons } from './reasons';

/** Checks docs/rules.md rule 6 for a list of criteria: unique keys, weights summing to 100. BAD_USER_INPUT on `input.criteria`. */
export function validCriteria(criteria: RatingCriterionInput[]): RatingCriterion[] {
  const keys = new Set<string>();
  for (const c of criteria) {
    if (keys.has(c.key)) throw new BadUserInputError(ratingTemplateReasons.keyTwice({ key: c.key }), 'input.criteria');
    keys.add(c.key);
  }
  const sum = criteria.reduce((total, c) => total + c.weight, 0);
  if (sum !== 100) throw new BadUserInputError(ratingTemplateReasons.weightsSum({ sum }), 'input.criteria');
  return criteria.map((c) => ({ key: c.key, label: c.label.trim(), weight: c.weight }));
}

const FIELDS: (keyof RatingTemplate)[] = ['id', 'name', 'districtId', 'criteria'];

/** The loaders this service reads. */
type RatingTemplateServiceLoaders = RatingTemplateLoaders;

/** The services this service calls (the composition root passes them). */
export interface RatingTemplateDeps {
  districts: DistrictService;
}

/** Rating templates: kept by a district's ADMIN, read by everyone in the district. */
export class RatingTemplateService extends RecordService<RatingTemplate, RatingTemplateServiceLoaders> {
  protected readonly typeName = 'RatingTemplate';

  constructor(
    ctx: ServiceContext<RatingTemplateServiceLoaders>,
    private readonly deps: RatingTemplateDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.ratingTemplate;
  }

  protected async placeOf(template: RatingTemplate) {
    return { districtId: template.districtId, subdistrictId: null };
  }

  /** A page of the templates of the caller's district, by name. */
  list(page: PageArgs): Promise<Connection<RatingTemplate>> {
    const qb = limitToScope(
      this.ctx.db.getRepository(RatingTemplate).createQueryBuilder('t'),
      this.viewer,
      'districtId',
    );
    return paginate(qb, page, [], { NAME: 't.name' }, [{ field: 'NAME' }]);
  }

  /** Creates a template (district ADMIN). BAD_USER_INPUT for criteria breaking rule 6; CONFLICT for a taken name. */
  async create(input: CreateRatingTemplateInput): Promise<RatingTemplate> {
    await this.deps.districts.referenced(input.districtId, 'input.districtId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: input.districtId, subdistrictId: null },
      'keep rating templates of this district',
    );
    const criteria = validCriteria(input.criteria);
    return this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(RatingTemplate);
      const template = await repo.save(
        repo.create({ name: input.name.trim(), districtId: input.districtId, criteria }),
      );
      await record({
        actorId: this.viewer.userId,
        type: 'template.created',
        entityType: 'RatingTemplate',
        entityId: template.id,
        after: snapshot(template, FIELDS),
      });
      return template;
    });
  }

  /** Renames a template or replaces its criteria; criteria are fixed once a meeting uses it (CONFLICT). */
  async update(id: string, input: UpdateRatingTemplateInput): Promise<RatingTemplate> {
    const template = await this.get(id);
    await this.assertAdminOver(template);
    return this.ctx.transaction(async ({ manager, record }) => {
      const before = snapshot(template, FIELDS);
      if (input.criteria) {
        const used = await manager.getRepository(EvaluationMeeting).existsBy({ templateId: id });
        if (used) throw new ConflictError(ratingTemplateReasons.templateInUse(), 'input.criteria');
        template.criteria = validCriteria(input.criteria);
      }
      if (input.name !== undefined) template.name = input.name.trim();
      const saved = await manager.getRepository(RatingTemplate).save(template);
      await record({
        actorId: this.viewer.userId,
        type: 'template.updated',
        entityType: 'RatingTemplate',
        entityId: id,
        before,
        after: snapshot(saved, FIELDS),
      });
      return saved;
    });
  }
}
