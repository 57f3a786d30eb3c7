import type { App, ViewSubmitAction } from '@slack/bolt';
import { FORM_CALLBACK } from '../../render/modal.ts';
import type { ListenerDeps } from '../deps.ts';
import { formSubmit } from './form-submission.ts';

export function registerViews(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(
    { type: 'view_submission', callback_id: new RegExp(`^${FORM_CALLBACK}`) },
    formSubmit(deps),
  );
}
