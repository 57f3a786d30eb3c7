import type { CliCommand } from '../command.ts';
import { agreementsCommand } from './agreements.ts';
import { areaCommand } from './area.ts';
import { auditCommand } from './audit.ts';
import { backupCommand } from './backup.ts';
import { bindCommand } from './bind.ts';
import { chatCommand } from './chat.ts';
import { demoCommand } from './demo.ts';
import { followupsCommand } from './followups.ts';
import { importCommand } from './import.ts';
import { meetingsCommand } from './meetings.ts';
import { migrateCommand } from './migrate.ts';
import { personCommand } from './person.ts';
import { publishCommand } from './publish.ts';
import { registrationsCommand } from './registrations.ts';
import { reportCommand } from './report.ts';
import { roleCommand } from './role.ts';
import { scheduleCommand } from './schedule.ts';
import { startCommand } from './start.ts';
import { teamsPackageCommand } from './teams-package.ts';

/** Every CLI command. Add a command: a file in this folder and a line here. */
export const COMMANDS: readonly CliCommand[] = [
  startCommand,
  chatCommand,
  migrateCommand,
  demoCommand,
  importCommand,
  roleCommand,
  personCommand,
  bindCommand,
  areaCommand,
  meetingsCommand,
  agreementsCommand,
  backupCommand,
  auditCommand,
  registrationsCommand,
  followupsCommand,
  scheduleCommand,
  reportCommand,
  publishCommand,
  teamsPackageCommand,
];
