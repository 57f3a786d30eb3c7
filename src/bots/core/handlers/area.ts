import { savePoliceArea } from '../../../domain/admin.ts';
import { decide } from '../../../domain/permissions.ts';
import { errorReply, joinOr, reply } from '../build.ts';
import type { Reply } from '../reply.ts';
import type { Session } from '../session.ts';
import { forbiddenReply } from './errors.ts';

/**
 * `/lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö`: creates (or replaces) a police area with its
 * kommuner, as `npx loftesbot area add` does. For an admin of every kommun named (an admin over `alla` is one).
 */
export async function handleAreaNew(
  session: Session,
  name: string,
  kommuner: readonly string[],
): Promise<Reply> {
  const { t } = session;
  for (const text of kommuner) {
    const m = session.deps.register.lookup(text);
    if (m.kind !== 'found') {
      const names = m.suggestions.map((s) => s.name);
      return errorReply(
        t,
        t.setup.areaUnknownKommun(text),
        names.length > 0 ? t.suggestions(joinOr(t, names)) : t.nothingStored,
        t.setup.areaExample,
      );
    }
    const decision = decide(
      session.grants,
      'admin',
      { type: 'kommun', code: m.municipality.code },
      session.areas,
    );
    if (!decision.ok) return forbiddenReply(t, session.actor.person, 'admin', m.municipality.name, decision);
  }
  const result = await savePoliceArea(session.deps, session.actor, name, kommuner);
  if (!result.ok) return errorReply(t, t.badArgs(name), t.nothingStored, t.setup.areaExample);
  const first = result.municipalities[0] ?? 'Tranås';
  return reply({
    headline: t.setup.areaSaved(result.name, joinAnd(t.lang, result.municipalities)),
    sections: [
      { title: t.setup.nextStepsTitle, text: t.setup.nextSteps(first).split('\n').slice(1).join('\n') },
    ],
    tone: 'success',
  });
}

function joinAnd(lang: string, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'och'} ${names[names.length - 1]}`;
}
