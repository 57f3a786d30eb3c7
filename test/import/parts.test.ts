import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/import/blocks.ts';
import { htmlToText } from '../../src/import/html-to-text.ts';
import { classifyLines } from '../../src/import/lines.ts';
import { detectMunicipality } from '../../src/import/municipality-detect.ts';
import { noteBodyText, noteText } from '../../src/import/note-words.ts';
import { findFollowUp, findPeriod } from '../../src/import/period.ts';
import { responsibleFromText } from '../../src/import/responsible.ts';
import { parseStatistics, tertialOnlyFigures } from '../../src/import/statistics.ts';
import { isCumulative, statedCount } from '../../src/import/status-count.ts';
import { readTarget } from '../../src/import/targets.ts';
import { tertialOnlyCounts } from '../../src/import/tertial-counts.ts';
import { loadRegister } from '../../src/runtime/register.ts';

const at = (text: string) => [{ text, line: 1, heading: true }];

describe('targets', () => {
  it.each([
    ['Polisen ska genomföra minst trettio (30) trafikkontroller per år.', { count: 30, per: 'year' }],
    ['genomföra minst femton riktade insatser', { count: 15, per: 'year' }],
    ['ska under året genomföra minst fyra samverkansmöten', { count: 4, per: 'year' }],
    ['vid minst fyra tillfällen årligen delta på föräldramöten', { count: 4, per: 'year' }],
    ['genomföra minsta fyra trygghetsvandringar', { count: 4, per: 'year' }],
    ['två trygghetsvandringar per tertial', { count: 2, per: 'tertial' }],
    ['2–3 gånger per år', { count: 2, per: 'year' }],
    ['en gång i månaden', { count: 12, per: 'year' }],
    ['minst 10 insatser under perioden', { count: 10, per: 'period' }],
    ['minst femton (15) riktade insatser under medborgarlöftets giltighetstid', { count: 15, per: 'period' }],
    ['minst sex trygghetsvandringar under hela avtalets löptid', { count: 6, per: 'period' }],
    ['minst 8 möten under löftets period', { count: 8, per: 'period' }],
    // A number right before its basis, without "minst" or a noun between.
    ['Polisen ska genomföra trafikkontroller vid skolorna 4 per tertial.', { count: 4, per: 'tertial' }],
    ['Trafikkontroller vid skolorna, 4/tertial', { count: 4, per: 'tertial' }],
    ['Föräldramöte om droger, 1 per år', { count: 1, per: 'year' }],
    ['Trygghetsvandringar 2 per läsår', { count: 2, per: 'year' }],
  ])('%s', (text, target) => {
    expect(readTarget(text).target).toEqual(target);
  });

  it.each([
    'identifiera ungdomar i åldern 21 år och yngre som brukar narkotika',
    'ingripa med stöd av 14 kap 1 § socialtjänstlagen',
    'minska andelen otrygga med 30 procent till 2025',
    'verka för en säker trafikmiljö under 2023-2024',
    'öppna ett poliskontor och upplåta en lokal',
    'Tisdagar 12.00-14.00 finns polisen på plats, start vecka 15',
  ])('invents no target in "%s"', (text) => {
    expect(readTarget(text)).toEqual({ target: null, after: null, notes: [] });
  });

  it('reports what it cannot read or had to guess', () => {
    const said = (text: string) => readTarget(text).notes.map((n) => noteBodyText(n));
    expect(said('genomföra minst ett antal trygghetsvandringar')).toEqual([
      'kunde inte tolka målet i ”genomföra minst ett antal trygghetsvandringar”',
    ]);
    expect(readTarget('genomföra minst femtom kontroller')).toMatchObject({
      target: { count: 15, per: 'year' },
      notes: [{ kind: 'typo', word: 'femtom', value: 15 }],
    });
    expect(said('genomföra minst femtom kontroller')).toEqual(['tolkade ”femtom” som 15']);
    expect(said('minst femton (16) insatser')[0]).toContain('använder 16');
    expect(said('minst två trygghetsvandringar och minst fyra möten')[0]).toContain('flera mål');
    expect(readTarget('inte minst bland unga').notes).toEqual([]);
  });
});

describe('follow-up cells', () => {
  it.each([
    ['Genomfört tjugotvå riktade insatser under perioden.', 22],
    ['Genomfört en', 1],
    ['Genomfört ett', 1],
    ['Sammanlagt under 2020 har 51 riktade insatser genomförts.', 51],
    ['Ej genomfört pga. av pandemin', 0],
    ['Inga trygghetsvandringar har genomförts', 0],
    ['2 st', 2],
    ['Pågår', null],
    ['Sker vart sjätte vecka', null],
    ['Arbete pågår. Uppstartsmöte 9/3', null],
    ['Tisdagar 12.00-14.00 befinner sig en polispatrull i Sävsjö', null],
    ['Misstankar narkotikabrott 1 överlåtelse 33 innehav varav tre 21 år och yngre', null],
  ])('%s → %s', (cell, count) => {
    expect(statedCount(cell)).toBe(count);
  });

  it('tells year totals from tertial figures', () => {
    expect(isCumulative('Sammanlagt under 2020 har 51 riktade insatser genomförts.')).toBe(true);
    expect(isCumulative('Genomfört sammanlagt 20 riktade insatser under året.')).toBe(true);
    expect(isCumulative('Totalt hittills i år: 12')).toBe(true);
    expect(isCumulative('Genomfört tio riktade insatser under perioden.')).toBe(false);
    expect(isCumulative('Sammanlagt fyra insatser under tertialet')).toBe(false);
  });

  it("turns a year total into the tertial's own count", () => {
    const counts = tertialOnlyCounts({
      tertials: {
        '1': { text: 'Genomfört tjugotvå', count: 22 },
        '2': { text: 'Genomfört arton', count: 18 },
        '3': { text: 'Sammanlagt under 2020 har 51 riktade insatser genomförts.', count: 51 },
      },
    });
    expect([...counts]).toEqual([
      [1, 22],
      [2, 18],
      [3, 11],
    ]);
  });
});

describe('drug statistics', () => {
  it("reads the seeds' run-on form with youth figures in words and digits", () => {
    expect(
      parseStatistics(
        'Misstankar narkotikabrott 1 framställning 11 överlåtelse varav en 21 år och yngre 110 innehav varav 13 21 år och yngre 2 dopningslagen innehav 5 dopningslagen eget bruk',
      ).figures,
    ).toEqual([
      { category: 'narkotika.framstallning', count: 1, youth: null },
      { category: 'narkotika.overlatelse', count: 11, youth: 1 },
      { category: 'narkotika.innehav', count: 110, youth: 13 },
      { category: 'doping.innehav', count: 2, youth: null },
      { category: 'doping.eget-bruk', count: 5, youth: null },
    ]);
  });

  it('reads the labelled form and a doping heading', () => {
    expect(
      parseStatistics('Innehav: 12 (varav 4 unga), eget bruk: 20. Dopningslagen: 2 innehav').figures,
    ).toEqual([
      { category: 'narkotika.innehav', count: 12, youth: 4 },
      { category: 'narkotika.eget-bruk', count: 20, youth: null },
      { category: 'doping.innehav', count: 2, youth: null },
    ]);
  });

  it('derives T3 from a year total and refuses a total below the earlier tertials', () => {
    const derived = tertialOnlyFigures([
      {
        tertial: 1,
        cumulative: false,
        line: 5,
        figures: [{ category: 'narkotika.innehav', count: 6, youth: 3 }],
      },
      {
        tertial: 2,
        cumulative: false,
        line: 5,
        figures: [{ category: 'narkotika.innehav', count: 7, youth: null }],
      },
      {
        tertial: 3,
        cumulative: true,
        line: 5,
        figures: [
          { category: 'narkotika.innehav', count: 22, youth: 7 },
          { category: 'narkotika.eget-bruk', count: 1, youth: null },
        ],
      },
    ]);
    expect(derived.figures.filter((f) => f.tertial === 3)).toEqual([
      { category: 'narkotika.innehav', count: 9, youth: 4, tertial: 3 },
      { category: 'narkotika.eget-bruk', count: 1, youth: null, tertial: 3 },
    ]);
    const wrong = tertialOnlyFigures([
      {
        tertial: 1,
        cumulative: false,
        line: 5,
        figures: [{ category: 'narkotika.innehav', count: 30, youth: null }],
      },
      {
        tertial: 3,
        cumulative: true,
        line: 9,
        figures: [{ category: 'narkotika.innehav', count: 20, youth: null }],
      },
    ]);
    expect(wrong.figures).toHaveLength(1);
    expect(wrong.notes.map((n) => noteText(n))).toEqual([
      'rad 9: årssumman för narkotika.innehav (20) är mindre än de tidigare tertialen; figuren för T3 hoppas över',
    ]);
  });
});

describe('kommun, period and follow-up', () => {
  const kommun = (text: string, file: string | null = null) =>
    detectMunicipality(text, loadRegister(), file)?.municipality.name ?? null;

  it('finds the kommun from the register and the usual phrases', () => {
    expect(kommun('TRANÅS KOMMUN\n\nMedborgarlöfte')).toBe('Tranås');
    expect(kommun('Lokala medborgarlöften i Sävsjö 2020-2021')).toBe('Sävsjö');
    expect(kommun('Medborgarlöfte för Göteborgs Stad')).toBe('Göteborg');
    expect(kommun('Falu kommun och polisen')).toBe('Falun');
    expect(kommun('Upplands-Bro kommun')).toBe('Upplands-Bro');
    expect(kommun('Polisen ska vara tillgänglig och se över mark och berg.')).toBeNull();
    expect(kommun('Uppföljning', 'uppfoljning-eksjo-2021.docx')).toBe('Eksjö');
  });

  it('reads periods in their many spellings, and no dates as periods', () => {
    expect(findPeriod(at('Medborgarlöfte 2023–2024'))?.period).toEqual({ from: 2023, to: 2024 });
    expect(findPeriod(at('Medborgarlöfte 2022/2023'))?.period).toEqual({ from: 2022, to: 2023 });
    expect(findPeriod(at('Medborgarlöfte 2022/23'))?.period).toEqual({ from: 2022, to: 2023 });
    expect(findPeriod(at('Medborgarlöfte Vetlanda 2024'))?.period).toEqual({ from: 2024, to: 2024 });
    expect(findPeriod(at('Löftet gäller 2018-07-01—2020-06-30'))?.period).toEqual({ from: 2018, to: 2020 });
    expect(
      findPeriod(at('Löftet gäller från och med 1 januari 2024 till och med 31 december 2025'))?.period,
    ).toEqual({
      from: 2024,
      to: 2025,
    });
    expect(findPeriod(at('Mötet hölls 2023-01-15'))).toBeNull();
  });

  it('reads which tertial a follow-up reports', () => {
    expect(findFollowUp(at('Uppföljningen avser tredje tertialet 2020.'))?.ref).toEqual({
      year: 2020,
      tertial: 3,
    });
    expect(findFollowUp(at('Uppföljning tertial 2, 2022'))?.ref).toEqual({ year: 2022, tertial: 2 });
    expect(findFollowUp(at('Rapport T1 2024'))?.ref).toEqual({ year: 2024, tertial: 1 });
    expect(findFollowUp(at('Uppföljningen avser januari–april 2021'))?.ref).toEqual({
      year: 2021,
      tertial: 1,
    });
    expect(findFollowUp(at('Medborgarlöfte 2023-2024'))).toBeNull();
  });
});

describe('responsible party', () => {
  it.each([
    ['Polisen ska genomföra trafikkontroller', 'polis'],
    ['Polisen ska i kommunen, i syfte att bidra till en säker trafikmiljö, genomföra kontroller', 'polis'],
    ['Kommunen lovar att upplåta en lokal', 'kommun'],
    ['Polisen och kommunen ska hålla samverkansmöten', 'gemensam'],
    ['Kommunen lovar att tillsammans med polisen genomföra krogkontroller.', 'gemensam'],
    ['Kommunen ska tillsammans med Polisen och andra aktörer arbeta enligt EST', 'gemensam'],
    ['Socialtjänsten ska kalla till SSPF-möten', 'kommun'],
    ['Eksjö kommun lovar att erbjuda föräldrautbildning', 'kommun'],
    ['Trygghetsvandringar i centrum (Kommunen och polisen)', 'gemensam'],
    ['Föräldramöten om droger. Ansvarig: Kommunen', 'kommun'],
    ['Återkommande samverkansmöten mellan kommunen och polisen', 'gemensam'],
  ])('%s → %s', (text, party) => {
    expect(responsibleFromText(text)).toBe(party);
  });

  it('names nobody when the text names nobody', () => {
    expect(responsibleFromText('Att identifiera unga som brukar narkotika.')).toBeNull();
  });
});

describe('text shapes', () => {
  const blocks = (text: string) => buildBlocks(classifyLines(text));

  it('joins a continuation row (empty first cell) into the row above, across a blank line', () => {
    const [table] = blocks(
      'Aktivitet\tTertial 1\tTertial 2\nPolisen ska x\tsex innehav\tKlart\n\n\tvarav en 21 år\t\n',
    );
    expect(table).toMatchObject({
      type: 'table',
      rows: [{ cells: ['Polisen ska x', 'sex innehav varav en 21 år', 'Klart'] }],
    });
  });

  it('keeps one table across a page break with a repeated header and page noise', () => {
    const text = [
      '| Aktivitet | T1 | T2 | T3 |',
      '|---|---|---|---|',
      '| Polisen ska a | Klart | | |',
      '',
      'Sida 2 av 3',
      '',
      '| Aktivitet | T1 | T2 | T3 |',
      '|---|---|---|---|',
      '| Kommunen ska b | Pågår | | |',
    ].join('\n');
    const tables = blocks(text).filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      rows: [{ cells: ['Polisen ska a', 'Klart', '', ''] }, { cells: ['Kommunen ska b', 'Pågår', '', ''] }],
    });
  });

  it('joins wrapped lines and sentences broken by a page, but not lines that are separate activities', () => {
    const text =
      'Polisen ska genomföra minst\ntio insatser per år.\n\nSida 1 av 2\n\nmed fokus på centrum.\n\nGenomföra kontroller\nGenomföra vandringar';
    expect(blocks(text).map((b) => (b.type === 'table' ? '' : b.text))).toEqual([
      'Polisen ska genomföra minst tio insatser per år.',
      'med fokus på centrum.',
      'Genomföra kontroller',
      'Genomföra vandringar',
    ]);
  });

  it('strips stray HTML, Markdown emphasis, links and bullets', () => {
    const [a, b, c] = blocks(
      '<b>Rubrik &amp; mer</b>\n\n- **Öka** *tryggheten* i [centrum](http://x.se)\n\n➤ Minska brotten',
    );
    expect(a).toMatchObject({ type: 'heading', text: 'Rubrik & mer' });
    expect(b).toMatchObject({ type: 'item', marker: 'bullet', text: 'Öka tryggheten i centrum' });
    expect(c).toMatchObject({ type: 'item', marker: 'arrow', text: 'Minska brotten' });
  });

  it('turns HTML into the same text shapes', () => {
    const html =
      '<nav><a>Meny</a></nav><h2>Löften</h2><ul><li>Öka <strong>tryggheten</strong></li><li>Minska<ul><li>brotten</li></ul></li></ul><table><tr><th>Aktivitet</th><th>T1</th></tr><tr><td><p>Polisen ska a</p><p>och b</p></td><td>Klart</td></tr></table><p>Slut&nbsp;här</p>';
    expect(htmlToText(html)).toBe(
      '## Löften\n\n- Öka **tryggheten**\n- Minska\n  - brotten\n\nAktivitet\tT1\nPolisen ska a och b\tKlart\n\nSlut här\n',
    );
  });

  it('reads HTML with implied end tags, comments and scripts the way a browser would', () => {
    const cases: [string, string][] = [
      ['<ol><li>ett<li>två</ol>', '1. ett\n2. två\n'],
      // The parser closes the last open <p> at the end of input, like a browser; the regex tokenizer did not.
      ['<p>Första<p>Andra', 'Första\n\nAndra\n'],
      ['<p>Rad ett<br>rad två<br/>rad tre</p>', 'Rad ett\nrad två\nrad tre\n'],
      [
        '<script>var s = "<p>inte text</p>";</script><p>Text &amp; mer<!-- <p>dold</p> --></p>',
        'Text & mer\n',
      ],
      ['<table><tr><td>Eksjö<td>12<tr><td>Aneby<td>3</table>', 'Eksjö\t12\nAneby\t3\n'],
    ];
    for (const [html, text] of cases) expect(htmlToText(html), html).toBe(text);
  });
});
