import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Platform } from '../../domain/types.ts';
import type { ChatCore } from '../core/core.ts';
import { IMPORT_COMMAND } from '../core/dispatch.ts';
import { renderText, type TextOptions } from '../core/render-text.ts';
import { allButtons, type FormSpec, type Lang, type Reply } from '../core/reply.ts';
import type { ConsoleNotifier } from './notifier.ts';
import { consoleName } from './seat.ts';

/**
 * The terminal chat: reads commands line by line (interactively or piped), hands them to the chat core as the
 * given person in the given conversation, and prints exactly what the bot would post (the plain-text renderer).
 * Buttons are numbered; typing `!1` presses the first (a link button prints its address). A form asks for its fields one line at a time (an empty
 * line keeps the shown value). `exit` or end of input stops. `/lofte import` reads the lines that follow as one
 * pasted document, up to a line with only "." or the end of input — never at empty lines, which a document has of
 * its own — so no line of the paste is ever run as a command.
 */

export interface ConsoleChatOptions {
  readonly core: ChatCore;
  readonly input: NodeJS.ReadableStream;
  /** Where replies go; a real stream (process.stdout) also shows the prompt when interactive. */
  readonly output: NodeJS.WritableStream | { write(text: string): unknown };
  /** `console:<name>` */
  readonly person: string;
  readonly conversationId: string;
  readonly platform?: Platform;
  readonly lang?: Lang;
  /** Show a prompt and the welcome text (default: when the input is a terminal). */
  readonly interactive?: boolean;
  /** Reminders sent to the console print into this chat. */
  readonly notifier?: ConsoleNotifier;
  /** The name of the kommun or police area the conversation is bound to, for the welcome text. */
  readonly place?: string | null;
  /** Where the logs go meanwhile, for the welcome text. */
  readonly logFile?: string;
}

const PRESS = /^!(\d+)$/;

export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const interactive = options.interactive ?? Boolean((options.input as { isTTY?: boolean }).isTTY);
  const stream = 'on' in options.output ? (options.output as NodeJS.WritableStream) : undefined;
  const rl = createInterface({
    input: options.input,
    ...(interactive && stream ? { output: stream } : {}),
    terminal: interactive && stream !== undefined,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const print = (text: string) => {
    options.output.write(`${text}\n\n`);
  };
  // A section's title in bold on a terminal; as it is where the output is piped (no `*…*` markup in either).
  const look: TextOptions = { titles: (options.output as { isTTY?: boolean }).isTTY ? 'ansi' : 'plain' };
  let last: Reply | null = null;
  // The language of the terminal's own words: --lang, then the language the core last answered in (a choice made in
  // the chat with /lofte language en shows there first).
  let lang = options.lang;
  // The number of the message whose buttons `!n` presses (each reply or reminder shown is a new message).
  let shown = 0;
  // A message printed by the notifier (a reminder, an update) with buttons while the current line was handled.
  let reprinted: Reply | null = null;
  options.notifier?.attach((text, reply) => {
    print(text);
    if (reply && allButtons(reply).length > 0) {
      last = reply;
      reprinted = reply;
      shown += 1;
    }
    if (interactive) rl.prompt(true);
  }, look);
  const lines = rl[Symbol.asyncIterator]();
  const next = async (question: string): Promise<string | null> => {
    if (interactive) {
      rl.setPrompt(question);
      rl.prompt();
    }
    const r = await lines.next();
    return r.done ? null : (r.value as string);
  };
  const session = randomUUID().slice(0, 8);
  let counter = 0;
  const base = () => ({
    eventId: `${session}-${++counter}`,
    platform: options.platform ?? ('console' as const),
    person: options.person,
    // The terminal person is known by the name they chose (`--as kalle`), as a Slack or Teams person by theirs.
    displayName: consoleName(options.person),
    conversationId: options.conversationId,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  if (interactive) print(welcome(options));
  try {
    for (;;) {
      const raw = await next('> ');
      if (raw === null) break;
      const line = raw.trim();
      if (line === '') continue;
      if (line === 'exit' || line === 'quit' || line === '/exit') break;
      const imported = IMPORT_COMMAND.exec(line);
      const press = imported ? null : PRESS.exec(line);
      reprinted = null;
      let reply: Reply;
      if (press) {
        const button = last ? allButtons(last)[Number(press[1]) - 1] : undefined;
        if (!button) {
          print(noButton(lang, press[1] ?? ''));
          continue;
        }
        if (button.url) {
          // A link button: the terminal cannot open it, so show the address to copy.
          print(`${button.label}: ${button.url}`);
          continue;
        }
        reply = await options.core.handleAction({
          ...base(),
          actionId: button.actionId,
          value: button.value,
          messageRef: `${session}-m${shown}`,
        });
      } else if (imported) {
        print(pasteHint(lang));
        const text = await readPaste((imported[1] ?? '').trim(), next);
        reply = await options.core.handleCommand({ ...base(), text: `/lofte import ${text}` });
      } else {
        reply = await options.core.handleCommand({ ...base(), text: line });
      }
      lang = reply.lang ?? lang;
      print(renderText(reply, look));
      if (reply.form) {
        const gaveUp = lang === 'en' ? 'Nothing has been saved.' : 'Ingenting har sparats.';
        reply = (await fillForm(options.core, reply.form, base, next, print, gaveUp, look)) ?? reply;
      }
      // `!n` presses this reply's buttons; a reply without any leaves none, unless a message was reprinted with
      // buttons while it was handled (a follow-up updated in place after a note): then that one's.
      if (allButtons(reply).length > 0 || reprinted === null) {
        last = reply;
        shown += 1;
      }
    }
  } finally {
    rl.close();
  }
}

/** What the terminal says to `!7` when the last message has no button 7. */
function noButton(lang: Lang | undefined, n: string): string {
  return lang === 'en' ? `There is no button ${n}.` : `Det finns ingen knapp ${n}.`;
}

/** What the terminal says after `/lofte import`: how the pasted text ends. */
function pasteHint(lang: Lang | undefined): string {
  return lang === 'en'
    ? 'Paste the text. End it with a line holding only a full stop (.).'
    : 'Klistra in texten. Avsluta med en rad med bara en punkt (.).';
}

/**
 * The pasted document: `first` (the text after `/lofte import`, if any) and the lines that follow, as typed, up to a
 * line with only "." or the end of input. Empty lines, however many in a row, stay part of the text (a document
 * has them; ending there ran the rest of it as commands); empty lines before and after the text are left out.
 */
async function readPaste(first: string, next: (question: string) => Promise<string | null>): Promise<string> {
  const lines = first === '' ? [] : [first];
  for (;;) {
    const raw = await next('… ');
    if (raw === null || raw.trim() === '.') break;
    // Empty lines before the text (a copy from Word or a web page often begins so) are left out: they end
    // nothing, since nothing has come yet — else the document's own lines ran one by one as commands.
    if (lines.length === 0 && raw.trim() === '') continue;
    lines.push(raw);
  }
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  return lines.join('\n');
}

/** "Löftesbot i terminalen — du är admin i LPO Höglandet. …" with names, never ids. */
function welcome(options: ConsoleChatOptions): string {
  const en = options.lang === 'en';
  const who = consoleName(options.person);
  // The conversation's id is named only when it was chosen (`--channel`): it is how the CLI binds it.
  const id = options.conversationId === 'terminal' ? '' : ` (${options.conversationId})`;
  const where = options.place
    ? `${en ? 'in' : 'i'} ${options.place}`
    : en
      ? `in a conversation bound to no kommun${id}`
      : `i en konversation som inte är kopplad till någon kommun${id}`;
  const logs = options.logFile ? (en ? ` Logs: ${options.logFile}.` : ` Loggar: ${options.logFile}.`) : '';
  return en
    ? `Löftesbot in the terminal — you are ${who} ${where}. Type /help, !1 for button 1, exit to quit.${logs}`
    : `Löftesbot i terminalen — du är ${who} ${where}. Skriv /hjalp, !1 för knapp 1, exit för att sluta.${logs}`;
}

/**
 * Asks for each field, submits, and asks again for the fields the core refused; after three rounds it gives up and
 * says nothing was saved. Null when input ended or it gave up.
 */
async function fillForm(
  core: ChatCore,
  form: FormSpec,
  base: () => { eventId: string; platform: Platform; person: string; conversationId: string },
  next: (question: string) => Promise<string | null>,
  print: (text: string) => void,
  gaveUp: string,
  look: TextOptions,
): Promise<Reply | null> {
  const values: Record<string, string> = {};
  let ask = form.fields;
  for (let round = 0; round < 3; round++) {
    for (const field of ask) {
      const current = values[field.id] ?? field.initial ?? '';
      if (field.hint && round === 0) print(field.hint);
      const answer = await next(`${field.label}${current ? ` [${current}]` : ''}: `);
      if (answer === null) return null;
      values[field.id] = answer.trim() === '' ? current : answer.trim();
    }
    const result = await core.submitForm({ ...base(), formId: form.formId, state: form.state, values });
    if (result.ok) {
      print(renderText(result.reply, look));
      return result.reply;
    }
    print(
      Object.entries(result.errors)
        .map(([id, msg]) => `⚠️ ${labelOf(form, id)}: ${msg}`)
        .join('\n'),
    );
    ask = form.fields.filter((f) => f.id in result.errors);
  }
  print(gaveUp);
  return null;
}

function labelOf(form: FormSpec, id: string): string {
  return form.fields.find((f) => f.id === id)?.label ?? id;
}
