import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The key that signs sign-in tokens, generated on first start and shared through PostgreSQL by
 * every server instance (unless PINGYI_AUTH_SECRET is set). Never exposed through GraphQL.
 */
@Entity()
export class AuthKey {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  secret: string;
}
