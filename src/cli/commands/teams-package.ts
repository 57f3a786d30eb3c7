import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commandNames } from '../../bots/core/commands.ts';
import { buildAppPackage } from '../../bots/teams/package/app-package.ts';
import { type CliCommand, CliError } from '../command.ts';
import { outFile } from '../out-path.ts';

export const teamsPackageCommand: CliCommand = {
  name: 'teams-package',
  summary: 'write the Microsoft Teams app package (zip) to sideload or upload',
  help: `Usage: npx loftesbot teams-package [--out loftesbot.zip [--force]] [--app-id <guid>] [--version 1.0.1]

Writes the Teams app package: teams/manifest.json with the bot's app id (MICROSOFT_APP_ID, or --app-id), the
command list of the chat core and LOFTESBOT_PUBLIC_URL's host as a valid domain, plus teams/color.png and
teams/outline.png. Upload it in Teams under Apps → Manage your apps → Upload an app.
Raise --version each time you upload a changed package. The folder of --out must exist; an existing file is
overwritten only with --force (never the database).`,
  async run(args, env) {
    const { values } = parseArgs({
      args,
      options: {
        out: { type: 'string', default: 'loftesbot.zip' },
        'app-id': { type: 'string' },
        version: { type: 'string' },
        force: { type: 'boolean' },
      },
      allowPositionals: false,
    });
    const appId = values['app-id'] ?? env.config.teams.appId;
    if (!appId) {
      throw new CliError(
        'MICROSOFT_APP_ID är inte satt: ange bottregistreringens app-id (eller --app-id <guid>)',
        2,
      );
    }
    if (values.version !== undefined && !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(values.version))
      throw new CliError(
        `--version: Teams vill ha ett versionsnummer x.y.z, t.ex. --version 1.0.1 (fick ”${values.version}”)`,
        2,
      );
    const out = outFile(values.out ?? 'loftesbot.zip', env.config, values.force === true);
    let zip: Buffer;
    try {
      zip = await buildAppPackage({
        appId,
        commands: commandNames(),
        ...(env.config.publicUrl ? { publicUrl: env.config.publicUrl } : {}),
        ...(values.version ? { version: values.version } : {}),
      });
    } catch (e) {
      throw new CliError(e instanceof Error ? e.message : String(e), 2);
    }
    writeFileSync(out, zip);
    env.io.out(
      `Skrev ${out} (${zip.length} byte) för appen ${appId}. I Teams: Appar → Hantera dina appar → Ladda upp en app.`,
    );
    return 0;
  },
};
