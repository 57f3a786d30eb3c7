import type { MunicipalityRegister } from '../../domain/municipality-register.ts';
import { swedishOrder } from '../../domain/names.ts';
import type { PoliceArea, RoleGrant } from '../../domain/types.ts';
import { parseCommand } from './grammar/parse.ts';
import type { GrammarContext, GrammarError, Suggestion } from './grammar/types.ts';
import type { Session } from './session.ts';

/** At most this many buttons: a phone shows them in a row or two. */
const MAX_CHOICES = 6;

/**
 * "Vilken kommun?" with a button per kommun the person works in: `/status` typed without a kommun outside a bound
 * channel becomes `/status Sävsjö` and `/status Tranås`. The kommuner are those of the person's roles (a kommun, or
 * each kommun of an area; none for `alla`, which would be every kommun in Sweden) that have an agreement this year
 * (`covered`), by name; a police area of the person's roles comes first where the command takes an area
 * (`/sammanfattning LPO Höglandet`, `/lofte historik LPO Höglandet`). The name goes after the command's word, or
 * after its second word for a command of two (`/lofte historik Sävsjö`). A choice is offered only when the command
 * with it parses, so a button never leads to another question about it. More than six, or none, and the reply has
 * no buttons.
 */
export async function kommunChoices(
  text: string,
  grants: readonly RoleGrant[],
  areas: readonly PoliceArea[],
  register: MunicipalityRegister,
  ctx: GrammarContext,
  covered: (code: string) => Promise<boolean>,
): Promise<Suggestion[]> {
  const codes = new Set<string>();
  for (const g of grants) {
    if (g.scope.type === 'kommun') codes.add(g.scope.id);
    if (g.scope.type === 'area') {
      const id = g.scope.id;
      for (const code of areas.find((a) => a.id === id)?.municipalityCodes ?? []) codes.add(code);
    }
  }
  const kept = (
    await Promise.all([...codes].map(async (code) => ((await covered(code)) ? code : null)))
  ).filter((code): code is string => code !== null);
  const areaNames = grants.flatMap((g) =>
    g.scope.type === 'area' ? (areas.find((a) => a.id === g.scope.id)?.name ?? []) : [],
  );
  const withName = (name: string): Suggestion | null => {
    for (const words of [1, 2]) {
      const match = new RegExp(`^(\\s*(?:\\S+\\s+){${words - 1}}\\S+)(.*)$`, 'su').exec(text);
      if (!match) return null;
      const candidate = `${(match[1] ?? '').trim()} ${name}${match[2] ?? ''}`;
      if (parseCommand(candidate, ctx).ok) return { name, text: candidate };
    }
    return null;
  };
  const byName = (a: Suggestion, b: Suggestion) => swedishOrder(a.name, b.name);
  const kommuner = kept
    .flatMap((code) => register.byCodeOrNull(code)?.name ?? [])
    .map(withName)
    .filter((c): c is Suggestion => c !== null)
    .sort(byName);
  const areaChoices = [...new Set(areaNames)]
    .map(withName)
    .filter((c): c is Suggestion => c !== null)
    .sort(byName);
  const choices = [...areaChoices, ...kommuner];
  return choices.length > MAX_CHOICES ? [] : choices;
}

/**
 * The `missing-kommun` error with its choices, for the asker of `text`; `documents-need-kommun` (documents asked for
 * a police area) with a choice per kommun of the area that has an agreement this year. Any other error as it is.
 */
export async function withChoices(
  session: Session,
  text: string,
  error: GrammarError,
  ctx: GrammarContext,
): Promise<GrammarError> {
  const year = Number(session.today.slice(0, 4));
  const covered = async (code: string) => (await session.deps.store.agreementForYear(code, year)) !== null;
  if (error.error === 'documents-need-kommun') {
    const kept = await Promise.all(
      (error.options ?? []).map(async (o) => ((await covered(o.code)) ? o : null)),
    );
    const choices = kept.flatMap((o) => (o ? [{ name: o.name, text: o.text }] : []));
    return { ...error, choices: choices.length > MAX_CHOICES ? [] : choices };
  }
  if (error.error !== 'missing-kommun') return error;
  const { grants, areas } = session;
  const choices = await kommunChoices(text, grants, areas, session.deps.register, ctx, covered);
  return { ...error, choices };
}
