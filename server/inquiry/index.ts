import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Inquiry } from './inquiry.entity';
import { createInquiryLoaders } from './inquiry.loaders';
import { InquiryResolver, type InquiryResolverContext } from './inquiry.resolver';
import { InquiryService } from './inquiry.service';

/**
 * Inquiries (问责) put to officials at meetings (docs/rules.md rule 8).
 */
export const inquiryModule = defineModule({
  name: 'inquiry',
  entities: [Inquiry],
  resolvers: resolversReading<InquiryResolverContext>(InquiryResolver),
  loaders: createInquiryLoaders,
  services: {
    inquiries: serviceOf(InquiryService),
  },
});
