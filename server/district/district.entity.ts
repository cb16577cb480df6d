import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { Node } from '../core/node';

registerUniqueField('district_code_key', 'input.code');

/** A county-level district (区), identified by its 6-digit GB/T 2260 code. */
@ObjectType({
  implements: Node,
  description: 'A county-level district (区), e.g. 黄浦区, identified by its 6-digit GB/T 2260 code.',
})
@Entity()
@Index('district_pinyin_key_idx', ['pinyinKey'])
export class District extends PinyinRecord {
  @Field({ description: '6-digit administrative division code (GB/T 2260), e.g. "310101".' })
  @Index('district_code_key', { unique: true })
  @Column({ type: 'varchar', length: 6 })
  code: string;

  @Field({ description: 'Official name, e.g. "黄浦区".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: '4-digit code of the prefecture-level city, the first four digits of `code` (e.g. "3101").' })
  get cityCode(): string {
    return this.code.slice(0, 4);
  }

  @Field({
    description: '2-digit code of the province-level division, the first two digits of `code` (e.g. "31", Shanghai).',
  })
  get provinceCode(): string {
    return this.code.slice(0, 2);
  }

  /** The keys are read from the name, as a place's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.name as string | undefined, of: 'place' as const };
  }
}
