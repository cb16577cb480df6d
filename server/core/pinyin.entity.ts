import { BeforeInsert, BeforeUpdate, Column } from 'typeorm';
import { BaseRecord } from './base.entity';
import { NameOf, pinyinKeys } from './pinyin';

/**
 * A record listed and searched by the pinyin of a name (docs/rules.md rule 15): people (officials,
 * users) and places (districts, subdistricts, neighborhoods, offices, departments, agencies). The
 * two columns are kept by Pingyi on every save or insert of an entity, never by input; a bulk
 * write of plain rows adds `pinyinKeys(name, of)` itself. Each table indexes `pinyinKey` under
 * its own name (`<table>_pinyin_key_idx`), declared on the entity.
 */
export abstract class PinyinRecord extends BaseRecord {
  /**
   * The name's pinyin sort key (server/core/pinyin.ts), compared byte by byte (collation "C"):
   * lists sort by it when ordered by name.
   */
  @Column({ type: 'varchar', length: 800, collation: 'C', default: '' })
  pinyinKey: string;

  /** The name's pinyin run together and its initials, for search. */
  @Column({ type: 'varchar', length: 800, default: '' })
  pinyinSearch: string;

  /** The text the keys are read from (undefined when a partial entity lacks it) and what it names. */
  protected abstract pinyinSource(): { text: string | undefined; of: NameOf };

  /** Keeps the pinyin columns in step with the name on every save or insert of an entity. */
  @BeforeInsert()
  @BeforeUpdate()
  protected keepPinyin(): void {
    const { text, of } = this.pinyinSource();
    if (typeof text === 'string') Object.assign(this, pinyinKeys(text, of));
  }
}
