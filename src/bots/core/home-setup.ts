import { currentAgreement } from '../../domain/agreement-upkeep.ts';
import { may } from '../../domain/permissions.ts';
import { scopeCovers } from '../../domain/scope.ts';
import { suggestionValue } from './answered.ts';
import { ACTION, needs, type ReplyButton, type ReplySection } from './reply.ts';
import type { Session } from './session.ts';

/**
 * "Att ställa in härnäst" on the home (Slack App Home, Teams personal chat, terminal `/hjalp`-free overview): for
 * an admin or samordnare, each kommun of theirs that lacks an agreement, a meeting series, a bound channel or people
 * with roles, with the command (or button) that does it. An admin over `alla` without any police area is told to
 * create one first.
 */
export async function setupSection(
  session: Session,
  codes: readonly string[],
): Promise<{ sections: ReplySection[]; buttons: ReplyButton[] }> {
  const { deps, grants, areas } = session;
  const t = session.t.setup;
  // Each kommun is a section of its own, titled "Tranås · Att ställa in härnäst": the title is what stands out, bold
  // on every platform; the text stays plain (no *emphasis*, which Teams and the terminal would show as typed).
  const sections: ReplySection[] = [];
  const buttons: ReplyButton[] = [];
  if (grants.some((g) => g.role === 'admin' && g.scope.type === 'all') && areas.length === 0) {
    sections.push({ title: t.homeTitle, text: `• ${t.homeArea}` });
  }
  const managed = codes.filter(
    (code) =>
      may(grants, 'admin', { type: 'kommun', code }, areas) ||
      may(grants, 'follow-up', { type: 'kommun', code }, areas),
  );
  if (managed.length > 0) {
    const [bindings, roles] = await Promise.all([deps.store.allBindings(), deps.store.allRoles()]);
    for (const code of managed.slice(0, 6)) {
      const name = deps.register.byCodeOrNull(code)?.name ?? code;
      const missing: string[] = [];
      if (!(await currentAgreement(deps, code))) missing.push(t.homeAgreement);
      const areaIds = areas.filter((a) => a.municipalityCodes.includes(code)).map((a) => a.id);
      const series = (
        await Promise.all(
          [
            { type: 'kommun' as const, id: code },
            ...areaIds.map((id) => ({ type: 'area' as const, id })),
          ].map((s) => deps.store.meetingSeriesFor(s)),
        )
      )
        .flat()
        .filter((s) => s.active && s.endsOn == null);
      if (series.length === 0) {
        missing.push(t.homeSeries(name));
        buttons.push({
          actionId: `${ACTION.run}/setup${buttons.length}`,
          requires: needs('meetings', code),
          label: t.homeSeriesButton(name),
          // A shortcut: the home stays as it is (answered.ts).
          value: suggestionValue(`home:${session.request.eventId}:${code}`, `/samverkan ${name} ny`, {
            shortcut: true,
          }),
        });
      }
      const bound = bindings.some(
        (b) =>
          (b.scope.type === 'kommun' && b.scope.id === code) ||
          (b.scope.type === 'area' && areaIds.includes(b.scope.id)),
      );
      // Binding a channel and giving roles are an admin's: a samordnare is told to ask one.
      const admin = may(grants, 'admin', { type: 'kommun', code }, areas);
      if (!bound) missing.push(admin ? t.homeChannel(name) : t.homeChannelAsk(name));
      const others = roles.filter(
        (g) =>
          g.person !== session.actor.person && g.scope.type !== 'all' && scopeCovers(g.scope, code, areas),
      );
      if (others.length === 0) missing.push(admin ? t.homeRoles(name) : t.homeRolesAsk(name));
      if (missing.length > 0) {
        sections.push({ title: `${name} · ${t.homeTitle}`, text: missing.map((m) => `• ${m}`).join('\n') });
      }
    }
  }
  return { sections, buttons };
}
