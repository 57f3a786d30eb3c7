import { periodSpan } from '../../../domain/target.ts';
import { errorReply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Reply } from '../reply.ts';
import type { Session } from '../session.ts';

/**
 * "Sävsjö har inget medborgarlöfte …" with how to import one — unless the kommun's next agreement is stored and has
 * not begun: then when it does ("Medborgarlöftet 2027 för Aneby börjar gälla 1 januari 2027"), not a request to
 * import what was just imported.
 */
export async function noAgreementReply(session: Session, kommun: KommunRef, after = ''): Promise<Reply> {
  const { t } = session;
  const year = Number(session.today.slice(0, 4));
  const next = (await session.deps.store.agreementsOf(kommun.code))
    .filter((a) => a.periodFrom > year)
    .sort((a, b) => a.periodFrom - b.periodFrom)[0];
  const tail = after ? ` ${after}` : '';
  if (next)
    return errorReply(
      t,
      t.agreementNotBegun(kommun.name, periodSpan(next.periodFrom, next.periodTo), next.periodFrom),
      `${t.agreementNotBegunText(kommun.name)}${tail}`,
    );
  return errorReply(t, t.noAgreement(kommun.name), `${t.noAgreementHint}${tail}`);
}
