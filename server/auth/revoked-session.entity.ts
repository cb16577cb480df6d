import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../user/user.entity';

/**
 * A sign-in session ended by `signOut` (without `allDevices`) before its token expired: the
 * token's `jti` (`Viewer.sessionId`) and when the token would have expired anyway. A token whose
 * session is listed here is refused; rows past `expiresAt` serve no purpose and are removed at the
 * next sign-out. Deleted with the user. Never exposed through GraphQL.
 */
@Entity()
export class RevokedSession {
  /** The token's `jti`. */
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  /** Whose session it was. */
  @Column({ type: 'uuid' })
  userId: string;

  /** When the token expires anyway (no later than 12 hours after it was signed). */
  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  private readonly userFk?: User;
}
