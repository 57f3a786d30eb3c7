import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Registered counts per activity and month, kept by the database itself: every /insats answers with the activity's
 * progress over its year or period, and summing that activity's registrations (an index range scan, however
 * covering) grew with every registration — it became the largest CPU cost of a registration (docs/performance.md).
 * Triggers on `registrations` keep `registration_month_totals` exact in the same transaction as every insert, void,
 * correction or delete (also cascades and imports, which never pass through one code path), so a month's total is
 * one row. `registrations` counts the non-voided rows behind a total (a month whose rows were all voided reads as
 * none, as the scan did). Voided rows count nowhere. Backfilled from the existing rows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('registration_month_totals')
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('registrations', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_month_totals_pk', ['activity_id', 'month'])
    .execute();
  await sql`
    insert into registration_month_totals (activity_id, month, total, registrations)
    select activity_id, substr(occurred_on, 1, 7), sum(count), count(*)
    from registrations where voided_at is null
    group by activity_id, substr(occurred_on, 1, 7)
  `.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
  else await sqliteTriggers(db);
}

const ADD = (row: 'new') =>
  sql.raw(`
    insert into registration_month_totals (activity_id, month, total, registrations)
    values (${row}.activity_id, substr(${row}.occurred_on, 1, 7), ${row}.count, 1)
    on conflict (activity_id, month) do update
      set total = registration_month_totals.total + excluded.total,
          registrations = registration_month_totals.registrations + 1;`);

const SUBTRACT = (row: 'old') =>
  sql.raw(`
    update registration_month_totals
      set total = total - ${row}.count, registrations = registrations - 1
      where activity_id = ${row}.activity_id and month = substr(${row}.occurred_on, 1, 7);`);

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  await sql`create trigger registration_month_totals_insert after insert on registrations
    when new.voided_at is null begin ${ADD('new')} end`.execute(db);
  await sql`create trigger registration_month_totals_delete after delete on registrations
    when old.voided_at is null begin ${SUBTRACT('old')} end`.execute(db);
  // An update takes the old row out (when it counted) and puts the new one in (when it counts); SQLite runs
  // triggers for the same event in reverse order of creation, and either order gives the same totals.
  await sql`create trigger registration_month_totals_update_out
    after update of activity_id, occurred_on, count, voided_at on registrations
    when old.voided_at is null begin ${SUBTRACT('old')} end`.execute(db);
  await sql`create trigger registration_month_totals_update_in
    after update of activity_id, occurred_on, count, voided_at on registrations
    when new.voided_at is null begin ${ADD('new')} end`.execute(db);
}

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  await sql`create function registration_month_totals_sync() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.voided_at is null then ${SUBTRACT('old')} end if;
      if tg_op in ('INSERT', 'UPDATE') and new.voided_at is null then ${ADD('new')} end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger registration_month_totals_sync
    after insert or update of activity_id, occurred_on, count, voided_at or delete on registrations
    for each row execute function registration_month_totals_sync()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
