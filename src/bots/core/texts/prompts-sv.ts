import { countSv } from './count-prompts-sv.ts';
import { tertialDueSv } from './tertial-due-sv.ts';

/**
 * The Swedish texts of status prompts and tertial reminders to people (spread into sv.ts): the answers under each
 * activity, who answered, the overdue notice's list of those responsible and "Påminn dem".
 */
export const promptsSv = {
  ...countSv,
  ...tertialDueSv,
  statusWriteOwn: '✍️ Skriv själv',
  /** The form behind Skriv själv: what to type, with an example — never the question again. */
  writeOwnHeadline: (status: boolean): string =>
    status
      ? 'Skriv lägestexten med egna ord: vad som är gjort och vad som återstår.'
      : 'Skriv ditt svar med egna ord.',
  writeOwnLabel: (status: boolean): string => (status ? 'Lägestext' : 'Svar'),
  writeOwnHint: (status: boolean): string =>
    status
      ? 'Till exempel: ”Två vandringar i november, en till planeras i december.”'
      : 'Till exempel: ”Klart, vi tar upp det på nästa samverkansmöte.”',
  statusOption: { Pågår: 'Pågår', 'Ej genomfört': 'Ej genomfört' } as Record<string, string>,
  statusFigures: (n: number, target: number | null, t: string) =>
    `${n} ${n === 1 ? 'registrerad' : 'registrerade'} under ${t}${target === null ? '' : ` · mål ${target}`}`,
  statusAnswered: (who: string, day: string, answer: string) => `✅ Besvarat av ${who} ${day}: ${answer}`,
  statusPromptHint: (t: string) =>
    `Svaret blir aktivitetens lägestext för ${t}. Den som svarar först svarar för alla; resten går att besvara senare.`,
  statusSaved: (activity: string, t: string, answer: string) =>
    `✅ Sparat som lägestext för ”${activity}”, ${t}: ${answer}`,
  statusAlreadyWritten: (activity: string, t: string, who: string, day: string, text: string) =>
    `”${activity}” har redan en lägestext för ${t}, skriven av ${who} ${day}: ”${text}”. Ingenting har ändrats.`,
  statusChangeIt: (kommun: string) => `Vill du ändra den? Skriv /rapportera ${kommun}.`,
  /** A button of a prompt sent about an activity that a replacement, `ångra import` or `ta bort` has removed since. */
  activityGone: (kommun: string) => `Aktiviteten finns inte längre i medborgarlöftet för ${kommun}.`,
  activityGoneText: (activity: string | null, kommun: string) =>
    `${activity ? `Frågan gällde ”${activity}”, som har tagits bort eller ersatts när medborgarlöftet ändrades. ` : ''}Ingenting har sparats. Aktiviteterna som gäller nu står i /status ${kommun}.`,
  tertialNudge: (name: string, t: string) =>
    `🔔 Påminnelse: uppföljningen ${t} i ${name} är försenad — skriv lägestexterna som saknas`,
  nudgeBy: (person: string) => `Påminnelsen skickades av ${person}.`,
  responsibleRole: { polis: 'polisen', kommun: 'kommunen', gemensam: 'polisen och kommunen' } as Record<
    'polis' | 'kommun' | 'gemensam',
    string
  >,
  responsibleWho: (party: string, people: string) => `ansvar: ${party}${people ? ` (${people})` : ''}`,
  nobodyResponsible: 'ingen har rollen ännu',
  remindThem: 'Påminn dem',
  openDashboard: 'Områdets översikt',
  /** `whom`: the people by name, a channel as null. */
  remindSent: (whom: readonly (string | null)[], name: string, t: string) =>
    `🔔 Påminnelsen om ${t} i ${name} går ut inom en minut till ${new Intl.ListFormat('sv', { type: 'conjunction' }).format(whom.map((w) => w ?? 'kanalen'))}.`,
  remindAlready: (name: string, t: string) =>
    `De ansvariga för ${t} i ${name} har redan påmints i dag. Nästa påminnelse går att skicka i morgon.`,
  remindNothing: (name: string, t: string) =>
    `Alla aktiviteter i ${name} har lägestext för ${t}. Ingen påminns.`,
  remindNobody: (name: string) =>
    `Ingen har rollen polis, kommun eller samordnare för ${name}, och ingen kanal är kopplad. Ingen påminns.`,
  remindUnavailable: 'Påminnelser kan inte skickas härifrån. Ingenting har skickats.',
};
