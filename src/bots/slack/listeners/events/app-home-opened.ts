import { callErrorCode } from '../../api/errors.ts';
import { personOf } from '../../parse/address.ts';
import { homeView } from '../../render/home.ts';
import { slackTexts } from '../../render/texts.ts';
import type { SlackApi } from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';

export interface AppHomeOpenedArgs {
  readonly event: { readonly user: string; readonly tab?: string };
  readonly client: SlackApi;
}

/** app_home_opened: publishes the person's overview (their kommuner, progress this tertial, next meeting). */
export function appHomeOpened(deps: ListenerDeps) {
  return async function appHomeOpenedListener({ event, client }: AppHomeOpenedArgs): Promise<void> {
    if (event.tab !== undefined && event.tab !== 'home') return;
    try {
      const reported = await deps.resolveLang(event.user, client);
      const reply = await deps.core.home({
        eventId: `slack:home:${event.user}`,
        platform: 'slack',
        person: personOf(event.user),
        conversationId: '',
        ...(reported ? { lang: reported } : {}),
      });
      const t = slackTexts(reply.lang ?? deps.defaultLang);
      await client.views.publish({ user_id: event.user, view: homeView(reply, t.homeMore) });
    } catch (e) {
      deps.logger.warn({ error: callErrorCode(e) }, 'slack app home not published');
    }
  };
}
