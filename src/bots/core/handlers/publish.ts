import { defaultPublishTertial } from '../../../domain/publish-default.ts';
import { type PublishCheckFinding, publishFollowUp, unpublishFollowUp } from '../../../domain/publishing.ts';
import { serverUrls } from '../../../domain/site-urls.ts';
import { slugIndex } from '../../../domain/slug.ts';
import type { TertialRef } from '../../../domain/tertial.ts';
import type { Municipality } from '../../../domain/types.ts';
import { clip, errorReply, joinOr, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import { ACTION, needs, OPEN_TO_ALL, type Reply, type ReplyButton } from '../reply.ts';
import type { Session } from '../session.ts';
import { noAccessReply } from './errors.ts';

/**
 * `/rapportera <kommun> publicera|avpublicera [T1|T2|T3] [år]` and the "Publicera" button after the form: releases
 * (or withdraws) a tertial's follow-up texts on the public page `/k/<kommun>`. Default: defaultPublishTertial
 * (today's, or in May the T1 just written). Permission and audit are the domain's (publishFollowUp /
 * unpublishFollowUp).
 */
export async function handlePublish(
  session: Session,
  kommun: KommunRef,
  tertial: TertialRef | null,
  publish: boolean,
  confirmed = false,
): Promise<Reply> {
  const { t } = session;
  const s = t.sharing;
  const ref = tertial ?? (await defaultPublishTertial(session.deps, kommun.code, session.today, publish));
  const result = publish
    ? await publishFollowUp(session.deps, session.actor, kommun.code, ref.year, ref.tertial, { confirmed })
    : await unpublishFollowUp(session.deps, session.actor, kommun.code, ref.year, ref.tertial);
  const label = t.windowTertial(ref.tertial, ref.year);
  const en = t.lang === 'en';
  const command = (word: string | null) =>
    [en ? '/report' : '/rapportera', kommun.name, ...(word ? [word] : []), `T${ref.tertial}`, ref.year].join(
      ' ',
    );
  if (!result.ok) {
    switch (result.error) {
      case 'forbidden':
        if (result.reason === 'no-roles') return noAccessReply(t, session.actor.person);
        return errorReply(
          t,
          t.forbidden(s.publishWhat, kommun.name, joinOr(t, [...result.allowed])),
          t.nothingStored,
        );
      case 'no-agreement':
        return errorReply(t, t.noAgreement(kommun.name), t.noAgreementHint);
      case 'future-tertial':
        return errorReply(t, s.publishFuture(label, publish), t.nothingStored);
      case 'no-status':
        return publish
          ? errorReply(t, s.publishNoStatus(kommun.name, label), s.writeFirst(command(null)))
          : errorReply(t, s.unpublishNoStatus(kommun.name, label), t.nothingStored);
      case 'unknown-kommun':
        return errorReply(t, t.unknownKommun(result.query), t.nothingStored);
      case 'blocked':
      case 'needs-confirmation':
        return checkReply(session, kommun, ref, result.error, result.findings);
    }
  }
  const url = publicPageUrl(session, result.municipality);
  const buttons: ReplyButton[] = url
    ? [
        {
          actionId: ACTION.link,
          requires: OPEN_TO_ALL,
          label: s.openPublicPage,
          value: result.municipality.code,
          url,
        },
      ]
    : [];
  const text = publish
    ? [
        ...(result.changed === 0 ? [s.alreadyPublished] : []),
        s.publishedText(result.withText, result.withoutText),
        s.laterTextsHint,
      ]
    : [
        result.changed === 0 ? s.alreadyUnpublished : s.unpublishedText(result.changed),
        s.republishHint(command(en ? 'publish' : 'publicera')),
      ];
  return reply({
    headline: publish ? s.published(kommun.name, label) : s.unpublished(kommun.name, label),
    sections: [{ text: text.join(' ') }],
    buttons,
    tone: 'success',
  });
}

/**
 * What the publish checks stopped, per activity, with "Redigera" (the follow-up form of the tertial) and — when
 * nothing blocks — "Publicera ändå".
 */
function checkReply(
  session: Session,
  kommun: KommunRef,
  ref: TertialRef,
  error: 'blocked' | 'needs-confirmation',
  findings: readonly PublishCheckFinding[],
): Reply {
  const s = session.t.sharing;
  const label = session.t.windowTertial(ref.tertial, ref.year);
  const value = `${kommun.code}|${ref.year}|${ref.tertial}`;
  const requires = needs('follow-up', kommun.code);
  const edit: ReplyButton = { actionId: ACTION.reportOpen, requires, label: s.editTexts, value };
  const anyway: ReplyButton = {
    actionId: ACTION.publish,
    requires,
    label: s.publishAnyway,
    value: `${value}|${CONFIRMED}`,
    style: 'primary',
  };
  const lines = findings.map((f) => {
    const rules = f.rules.map((r) => s.publishRule[r]).join(', ');
    return f.part === undefined || f.part === 'status'
      ? s.publishFinding(f.activityText, rules)
      : s.publishTextFinding(f.part, f.number ?? 0, clip(f.activityText, 120), rules, kommun.name);
  });
  const blocked = error === 'blocked';
  return reply({
    headline: blocked ? s.publishBlocked(kommun.name, label) : s.publishConfirm(kommun.name, label),
    sections: [{ text: blocked ? s.publishBlockedText : s.publishConfirmText }, { text: lines.join('\n') }],
    buttons: blocked ? [edit] : [anyway, edit],
    tone: 'warning',
  });
}

/** The last part of a "Publicera ändå" button's value: the samordnare has seen the findings. */
export const CONFIRMED = 'ok';

/** The kommun's public page on this installation, when the core knows the server's address. */
function publicPageUrl(session: Session, municipality: Municipality): string | null {
  const links = session.deps.links;
  if (!links) return null;
  const slug = slugIndex(session.deps.register).slugOf(municipality);
  return `${links.baseUrl.replace(/\/+$/, '')}${serverUrls.kommun(slug)}`;
}
