import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { District } from '../district/district.entity';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Office } from '../office/office.entity';
import { Official } from '../official/official.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Role } from '../core/role';
import { Node } from '../core/node';

registerUniqueField('user_username_key', 'input.username');

/**
 * A person who signs in. The scope is one whole district (`subdistrictId` null) or one
 * subdistrict of it; the user sees and changes nothing outside it (docs/rules.md, Roles and reach).
 */
@ObjectType({
  implements: Node,
  description: 'A person who signs in, with a role and a scope: one whole district, or one subdistrict of it.',
})
@Entity({ name: 'app_user' })
@Check('app_user_username_check', `username ~ '^[a-z0-9_.-]{3,40}$'`)
@Check('app_user_unit_one', `"office_id" IS NULL OR "agency_id" IS NULL`)
@Index('app_user_pinyin_key_idx', ['pinyinKey'])
export class User extends PinyinRecord {
  @Field({ description: 'Sign-in name: 3–40 lowercase letters, digits, ".", "_" or "-"; unique.' })
  @Index('user_username_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  username: string;

  @Field({ description: 'Name shown in the panel, e.g. "张主任".' })
  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Field(() => ID, {
    description: "The district of the user's scope (for a subdistrict scope, the subdistrict's district).",
  })
  @Column({ type: 'uuid' })
  districtId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The subdistrict of the user's scope; null when the scope is the whole district.",
  })
  @Column({ type: 'uuid', nullable: true })
  subdistrictId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'For an OFFICIAL user, the official they are; such a user never rates that official (docs/rules.md rule 5).',
  })
  @Column({ type: 'uuid', nullable: true })
  officialId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "For an ADMIN of a 街道: the office whose staff they are; they act for it on residents' matters (docs/rules.md rule 13). Null for the 街道's own staff, who act for any of its offices.",
  })
  @Column({ type: 'uuid', nullable: true })
  officeId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'For an ADMIN of a 街道: the stationed agency whose staff they are, likewise. At most one of officeId and agencyId is set.',
  })
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  /** argon2id hash of the password; never leaves the server. */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  /**
   * The user's session version, carried in every sign-in token (claim `sv`). Raised by a password
   * change or reset, a role or scope change and `signOut(allDevices: true)`: every token signed
   * with an older version stops working at once. Never exposed through GraphQL.
   */
  @Column({ type: 'int', default: 0 })
  sessionVersion: number;

  @ManyToOne(() => Official, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;

  @ManyToOne(() => Office, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'office_id' })
  private readonly officeFk?: Office;

  @ManyToOne(() => DispatchedAgency, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agency_id' })
  private readonly agencyFk?: DispatchedAgency;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  /** The keys are read from the display name, as a person's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.displayName as string | undefined, of: 'person' as const };
  }
}
