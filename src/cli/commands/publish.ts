import { parseArgs } from 'node:util';
import { linkDepsOf, loadLinkSecret } from '../../web/hmac.ts';
import { PUBLISH_MARKER, writeStaticSite } from '../../web/publish-static.ts';
import { createSite } from '../../web/site.ts';
import { type CliCommand, CliError } from '../command.ts';
import { outFolder } from '../out-path.ts';

export const publishCommand: CliCommand = {
  name: 'publish',
  summary: 'write the public progress pages as static files (HTML + CSS) to a folder',
  help: `Usage: npx loftesbot publish --out <folder> [--force]

Writes the same public pages the server shows at / and /k/<kommun> — every kommun with a medborgarlöfte, its
published follow-ups and its archive of earlier agreements — as static HTML files with their stylesheet and
relative links, for a kommun web site that cannot host a Node service. The pages also open straight from the
file system (open <folder>/index.html). Only published follow-up texts are included; the managers' dashboard is not.
Run it again after each tertial is published: the pages show each agreement as of its last published tertial.
They are written to a temporary folder first and then moved into <folder>, with ${PUBLISH_MARKER} listing them:
a page of an earlier run that is no longer written is removed, and files publish did not write (kontakt.html,
bilder/) are left alone.
<folder> must be new, empty or an earlier publish, in an existing folder; a folder holding other files is refused
unless --force (the pages are then written beside those files). An existing file, and a folder holding the database,
are always refused.
Example: npx loftesbot publish --out ./public-site`,
  async run(args, env) {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string' }, force: { type: 'boolean' } },
      allowPositionals: false,
    });
    if (!values.out || values.out.trim() === '')
      throw new CliError('ange mappen med --out, t.ex. npx loftesbot publish --out ./public-site', 2);
    const out = outFolder(values.out, env.config, values.force === true);
    const ctx = await env.openContext();
    try {
      const secret = await loadLinkSecret(ctx.config, ctx.stores, ctx.clock.now());
      const result = await writeStaticSite(createSite(ctx, linkDepsOf(ctx.config, ctx.clock, secret)), out);
      const pages = result.files.filter((f) => f.endsWith('.html')).length;
      env.io.out(
        `Skrev ${pages} sidor (${result.kommuner} kommuner, ${result.archives} arkiverade medborgarlöften) och stilmallen till ${result.root}`,
      );
      env.io.out(`Öppna ${result.root}/index.html`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
