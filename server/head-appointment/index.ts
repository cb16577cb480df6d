import { defineModule, resolversReading, serviceOf } from '../core/module';
import { HeadAppointment } from './head-appointment.entity';
import { createHeadAppointmentLoaders } from './head-appointment.loaders';
import {
  HeadAppointmentResolver,
  AgencyHeadResolver,
  OfficialAppointmentResolver,
  type HeadAppointmentResolverContext,
} from './head-appointment.resolver';
import { HeadAppointmentService } from './head-appointment.service';

/**
 * Agency-head appointments under the committee's right of consent (docs/rules.md rule 2).
 */
export const headAppointmentModule = defineModule({
  name: 'head-appointment',
  entities: [HeadAppointment],
  resolvers: resolversReading<HeadAppointmentResolverContext>(
    HeadAppointmentResolver,
    AgencyHeadResolver,
    OfficialAppointmentResolver,
  ),
  loaders: createHeadAppointmentLoaders,
  services: {
    headAppointments: serviceOf(HeadAppointmentService),
  },
});
