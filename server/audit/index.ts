import { defineModule, resolversReading, serviceOf } from '../core/module';
import { auditLog } from './audit';
import { AuditEvent } from './audit-event.entity';
import { AuditResolver, type AuditResolverContext } from './audit.resolver';
import { AuditService } from './audit.service';

/**
 * The append-only audit log (docs/rules.md, Roles and reach): written by its subscriber from every
 * domain event, in the event's transaction; read by ADMINs and ASSESSORs.
 */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  resolvers: resolversReading<AuditResolverContext>(AuditResolver),
  services: {
    audit: serviceOf(AuditService),
  },
  subscribers: [auditLog],
});
