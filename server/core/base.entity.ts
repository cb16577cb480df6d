import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Columns every record has: an opaque id and when it was created and last changed (UTC). */
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID, { description: 'Opaque, stable id of this record.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When this record was created (ISO 8601, UTC).' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When this record last changed (ISO 8601, UTC).' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
