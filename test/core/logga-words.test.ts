import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture } from './fixtures.ts';

/**
 * `/logga <words> <kommun>` in a channel bound to no kommun: the kommun is found at the end and the activity by the
 * words before it, each word in any form ("trafikkontroll vid skolan" → "Trafikkontroller vid skolor"); when the words
 * may mean more than one activity, or only part of one, the bot asks with a button per activity; when nothing
 * matches it says what it understood (kommun, activity words) and shows the form.
 */

const EKSJO = [
  'Medborgarlöfte för Eksjö kommun 2025–2026',
  '',
  'Polisen och kommunen lovar att gemensamt arbeta för:',
  '- att öka tryggheten i Eksjö centrum',
  '',
  'Det ska vi åstadkomma genom följande aktiviteter:',
  '- Trafikkontroller vid skolor, minst 4 per tertial.',
  '- Samverkansmöte skolor med rektorerna, minst 3 per år.',
  '- Polisen ska genomföra minst tolv (12) riktade insatser per år.',
].join('\n');

describe.each(testDialects())('/logga by the words before the kommun [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture(name);
    const preview = await f.say('admin', `/lofte import ${EKSJO}`);
    const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
    if (!save) throw new Error('no Spara button');
    expect((await f.press('admin', save)).tone).toBe('success');
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const progressLabel = (r: Reply) =>
    r.sections?.flatMap((s) => ('progress' in s && s.progress ? s.progress.map((p) => p.label) : []))[0];

  it.each([
    ['/logga trafikkontroll vid skolan Eksjö', 'Trafikkontroller vid skolor'],
    ['/logga trafikkontroller skolorna Eksjö 2', 'Trafikkontroller vid skolor'],
    ['/logga samverkansmöten med rektorer Eksjö igår', 'Samverkansmöte skolor med rektorerna'],
  ])('%s logs %s', async (text, activity) => {
    const before = await chatRegistrations(f);
    const r = await f.say('admin', text);
    expect(r.tone, r.fallback).toBe('success');
    expect(r.headline).toContain('i Eksjö');
    expect(progressLabel(r)?.startsWith(activity), progressLabel(r)).toBe(true);
    expect(await chatRegistrations(f)).toBe(before + 1);
  });

  it.each([
    // Part of one activity's words: asked, with that activity's button.
    ['/logga trafikkontroll vid torget Eksjö', ['Trafikkontroller vid skolor']],
    // Words two activities have: a button for each.
    ['/logga skolor Eksjö 2', ['Trafikkontroller vid skolor', 'Samverkansmöte skolor med rektorerna']],
  ])('%s asks: %j', async (text, activities) => {
    const before = await chatRegistrations(f);
    const r = await f.say('admin', text);
    expect(r.tone).toBe('warning');
    expect(r.fallback).toContain('Ingenting har sparats än.');
    const labels = r.buttons?.map((b) => b.label) ?? [];
    expect(labels.length, labels.join(' | ')).toBe(activities.length);
    expect(
      labels.map((l, i) => l.startsWith(`Ja, ${activities[i]}`)),
      labels.join(' | '),
    ).not.toContain(false);
    expect(await chatRegistrations(f)).toBe(before);
    const first = r.buttons?.[0];
    if (!first) throw new Error('no button');
    const pressed = await f.press('admin', first);
    expect(pressed.tone, pressed.fallback).toBe('success');
    expect(progressLabel(pressed)?.startsWith(activities[0] as string)).toBe(true);
    expect(await chatRegistrations(f)).toBe(before + 1);
  });

  it.each([
    ['/logga fiskafänge vid sjön Eksjö', 'fiskafänge vid sjön'],
    ['/logga fotbollsträning Eksjö 3', 'fotbollsträning'],
  ])('%s: nothing matches; says what was understood and the form', async (text, words) => {
    const before = await chatRegistrations(f);
    const r = await f.say('admin', text);
    expect(r.tone).toBe('error');
    expect(r.fallback).toContain(`Läst som: kommun Eksjö · aktivitet ”${words}”`);
    expect(r.fallback).toContain(
      'Skriv: /logga <aktivitet|kortnamn|nr> <kommun> [datum] [antal] [anteckning]',
    );
    expect(r.fallback).toContain('Exempel: /logga ');
    expect(await chatRegistrations(f)).toBe(before);
  });

  it('in English, the same', async () => {
    const r = await f.say('admin', '/log fiskafänge vid sjön Eksjö', { lang: 'en' });
    expect(r.fallback).toContain('Read as: kommun Eksjö · activity “fiskafänge vid sjön”');
    expect(r.fallback).toContain('Write: /log <activity|short name|no> <kommun> [date] [count] [note]');
  });
});
