import { MigrationInterface, QueryRunner } from "typeorm";

/** Counts the attempts of the current series of a webhook delivery apart from all attempts, for redeliveries. */
export class WebhookAttemptSeries1795975413892 implements MigrationInterface {
    name = 'WebhookAttemptSeries1795975413892'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery"
            ADD "series_attempts" integer NOT NULL DEFAULT '0'
        `);
        // Pending deliveries continue their series where it stood.
        await queryRunner.query(`UPDATE "webhook_delivery" SET "series_attempts" = "attempts" WHERE "status" = 'PENDING'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery" DROP COLUMN "series_attempts"
        `);
    }

}
