import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { District } from '../district/district.entity';
import { User } from '../user/user.entity';
import { IntegrationScope } from './integration-scope';
import { Node } from '../core/node';

/**
 * A service token of a district system (docs/rules.md, Roles and reach: INTEGRATION): one district, a
 * set of scopes, an expiry. Only the SHA-256 of the token string is kept; the string is shown once.
 */
@ObjectType({
  implements: Node,
  description:
    'A service token a district system calls with (role INTEGRATION): scoped to one district and to its scopes, valid until expiresAt unless revoked. The token string itself is shown only once, by createServiceToken.',
})
@Entity()
export class ServiceToken extends BaseRecord {
  @Field({ description: 'What the token is for, e.g. "黄浦区组织部人事系统".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => ID, { description: 'Id of the district the token reaches; it sees and changes nothing outside it.' })
  @Index()
  @Column({ type: 'uuid' })
  districtId: string;

  @Field(() => [IntegrationScope], { description: 'What the token may do.' })
  @Column({ type: 'varchar', length: 32, array: true })
  scopes: IntegrationScope[];

  /** SHA-256 (hex) of the token string; the string is never stored. */
  @Index('service_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Field({ description: 'When the token stops working (UTC); at most one year after its creation.' })
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was revoked (UTC); null while not revoked. A revoked token stops working at once.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last used (UTC), to within a minute; null when never used.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Id of the ADMIN who created it; null when that user was deleted.' })
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  private readonly createdByFk?: User;
}
