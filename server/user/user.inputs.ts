import { IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { Role } from '../core/role';

/** Fields a user list can be sorted by (the allow-list of `orderBy`). */
export enum UserOrderField {
  USERNAME = 'USERNAME',
  DISPLAY_NAME = 'DISPLAY_NAME',
  ROLE = 'ROLE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserOrderField, {
  name: 'UserOrderField',
  description: 'Fields a list of users can be sorted by.',
  valuesConfig: {
    USERNAME: { description: 'By username.' },
    DISPLAY_NAME: {
      description: 'By the pinyin of the display name, as a dictionary orders it (docs/rules.md rule 15).',
    },
    ROLE: { description: 'By role.' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of a user list.' })
export class UserOrder {
  @Field(() => UserOrderField, { description: 'The field to sort by.' })
  field: UserOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions a user must meet to be listed; all given conditions apply.' })
export class UserFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => Role, { nullable: true, description: 'Only this role.' })
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Only users scoped to this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field({
    nullable: true,
    description:
      'Part of the username or display name, case-insensitive; Latin letters also match the pinyin or the initials of the display name, e.g. "zhang" or "zzr" finds 张主任 (docs/rules.md rule 15).',
  })
  nameContains?: string;
}

/** A password: 8–200 characters. */
const PasswordRules = (): PropertyDecorator => (target, key) => {
  MinLength(8, { message: 'must be at least 8 characters' })(target, key);
  MaxLength(200, { message: 'must be at most 200 characters' })(target, key);
};

@InputType({ description: "A new user. The scope must lie within the creating admin's scope." })
export class CreateUserInput {
  @Field({ description: '3–40 lowercase letters, digits, ".", "_" or "-"; unique.' })
  @Matches(/^[a-z0-9_.-]{3,40}$/, { message: 'must be 3–40 lowercase letters, digits, ".", "_" or "-"' })
  username: string;

  @Field({ description: 'Name shown in the panel, 1–100 characters.' })
  @NameRules()
  displayName: string;

  @Field({ description: 'Password, 8–200 characters; stored only as an argon2id hash.' })
  @PasswordRules()
  password: string;

  @Field(() => Role, { description: 'What the user may do.' })
  role: Role;

  @Field(() => ID, { description: 'District of the scope.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Subdistrict of the scope (in that district); omit for the whole district.',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For an OFFICIAL user: the official they are, within the scope (they then never rate that official).',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "For an ADMIN of one 街道: the office of that 街道 whose staff they are; they then act for that office on residents' matters (docs/rules.md rule 13). Not with agencyId.",
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For an ADMIN of one 街道: the stationed agency of that 街道 whose staff they are. Not with officeId.',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  agencyId?: string;
}

@InputType({
  description:
    'Changes to a user; omitted fields keep their value. A new password, role or scope ends every session of the user at once (their tokens stop working); ' +
    "role and scope are changed only by an ADMIN, for another user, within the ADMIN's scope.",
})
export class UpdateUserInput {
  @Field({ nullable: true, description: 'New display name.' })
  @NameRules()
  displayName?: string;

  @Field({
    nullable: true,
    description:
      "New password, 8–200 characters; your own needs `currentPassword`. An ADMIN resetting another user's password is written to the audit log (who, when, whose; never the password), " +
      'and is refused (CONFLICT) while that user is registered for an OPEN meeting: reset it after the meeting has closed.',
  })
  @PasswordRules()
  password?: string;

  @Field({
    nullable: true,
    description:
      'Your current password: required with `password` when you change your own (BAD_USER_INPUT when missing; FORBIDDEN, reason WRONG_PASSWORD, when wrong, ' +
      'counted by the sign-in limits like a wrong password at sign-in; reason TOO_MANY_ATTEMPTS with `retryAfterSeconds` while over them). ' +
      "Not needed for an ADMIN's reset of another user's password.",
  })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  currentPassword?: string;

  @Field(() => Role, {
    nullable: true,
    description:
      'New role (ADMIN only, not your own; not INTEGRATION). A user who stops being an OFFICIAL is no longer linked to an official.',
  })
  role?: Role;

  @Field(() => ID, {
    nullable: true,
    description:
      "New scope within the user's district (ADMIN only, not your own): a subdistrict of it, or null for the whole district. Must lie within your scope.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string | null;
}
