import { periodSpan } from '../../../domain/target.ts';
import { errorReply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Reply } from '../reply.ts';
import type { Session } from '../session.ts';
import { agreementYears } from '../texts/agreement-years.ts';
import { commandIn } from '../texts/command-words.ts';

/** A registration refused for want of an agreement: the day it was read as, and its command up to the kommun. */
export interface RefusedLog {
  readonly day: string;
  /** "/insats", "/logga samverkansmöte": the command as it would be typed again, before the kommun. */
  readonly command: string;
}

/**
 * "Sävsjö har inget medborgarlöfte …" with how to import one — unless the kommun's next agreement is stored and has
 * not begun: then when it does ("Medborgarlöftet 2027 för Aneby börjar gälla 1 januari 2027"), not a request to
 * import what was just imported. For a registration the reply names the day ("… för fredag 1 januari 2027") and, in
 * the year after an agreement ended, how to register the work of its last day (at 00:10 on 1 January, New Year's
 * Eve's): "Medborgarlöftet 2025–2026 gällde till och med 31 december 2026." with `/insats Sävsjö 31/12/2026`.
 */
export async function noAgreementReply(
  session: Session,
  kommun: KommunRef,
  after = '',
  log?: RefusedLog,
): Promise<Reply> {
  const { t } = session;
  const year = Number(session.today.slice(0, 4));
  const agreements = await session.deps.store.agreementsOf(kommun.code);
  const next = agreements.filter((a) => a.periodFrom > year).sort((a, b) => a.periodFrom - b.periodFrom)[0];
  const tail = after ? ` ${after}` : '';
  if (next)
    return errorReply(
      t,
      t.agreementNotBegun(kommun.name, periodSpan(next.periodFrom, next.periodTo), next.periodFrom),
      `${t.agreementNotBegunText(kommun.name)}${tail}`,
    );
  if (!log) return errorReply(t, t.noAgreement(kommun.name), `${t.noAgreementHint}${tail}`);
  const ended = agreements.find((a) => a.periodTo === Number(log.day.slice(0, 4)) - 1);
  const headline = t.noAgreementOn(kommun.name, t.dates.full(log.day));
  if (!ended) return errorReply(t, headline, `${t.noAgreementHint}${tail}`);
  const example = `${log.command} ${kommun.name} 31/12/${ended.periodTo}`;
  return errorReply(t, headline, `${t.noAgreementHint}${tail}`, undefined, {
    headline,
    sections: [
      { text: t.agreementEnded(periodSpan(ended.periodFrom, ended.periodTo), ended.periodTo) },
      { text: `${t.example}: ${example}` },
    ],
  });
}

/**
 * A year asked for (`/status Sävsjö 2019`, `/sammanfattning Sävsjö T1 2030`) without an agreement: "Sävsjö har inget
 * medborgarlöfte för 2019 i Löftesbot." with the years that have one and `command` with the latest's first year
 * ("Medborgarlöften finns för 2020–2021 och 2025–2026: /status Sävsjö 2025"), as `agreements show --year` says it.
 * `command` is the Swedish command up to the kommun (`/status Sävsjö`), shown in the reader's words.
 */
export async function noAgreementForYear(
  session: Session,
  kommun: KommunRef,
  year: number,
  command: string,
): Promise<Reply> {
  const { t } = session;
  const agreements = await session.deps.store.agreementsOf(kommun.code);
  const { headline, years, latest } = agreementYears(t.agreement, t.lang, kommun.name, year, agreements);
  if (years === null) return errorReply(t, headline, t.noAgreementHint);
  return errorReply(t, headline, `${years}: ${commandIn(t.lang, `${command} ${latest}`)}`);
}
