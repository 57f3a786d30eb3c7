import { describe, expect, it } from 'vitest';
import { serverUrls, staticFiles, staticUrls } from '../../src/domain/site-urls.ts';
import { kommunSlug, slugIndex } from '../../src/domain/slug.ts';
import { escapeHtml, html, raw } from '../../src/runtime/html.ts';
import { loadRegister } from '../../src/runtime/register.ts';

describe('kommun slugs', () => {
  it('are readable: lower case, no diacritics, hyphens between words', () => {
    expect(kommunSlug('Sävsjö')).toBe('savsjo');
    expect(kommunSlug('Upplands Väsby')).toBe('upplands-vasby');
    expect(kommunSlug('Malung-Sälen')).toBe('malung-salen');
    expect(kommunSlug('Örnsköldsvik')).toBe('ornskoldsvik');
  });

  it('are unique over all 290 kommuner (Habo and Håbo by kommunkod) and lead back to their kommun', () => {
    const register = loadRegister();
    const index = slugIndex(register);
    const slugs = register.all.map((m) => index.slugOf(m));
    expect(register.all).toHaveLength(290);
    expect(new Set(slugs).size).toBe(290);
    for (const m of register.all) expect(index.bySlug(index.slugOf(m))?.code).toBe(m.code);
    expect(index.bySlug('SAVSJO')?.name).toBe('Sävsjö');
    expect(index.bySlug('0684')?.name).toBe('Sävsjö');
    // Habo and Håbo fold to the same letters: neither gets the bare slug.
    expect(slugs.filter((s) => s.startsWith('habo'))).toEqual(
      expect.arrayContaining(['habo-0643', 'habo-0305']),
    );
    expect(index.bySlug('habo')).toBeNull();
    expect(index.bySlug('nowhere')).toBeNull();
  });
});

describe('links', () => {
  it('are absolute paths on the server', () => {
    expect(serverUrls.kommun('savsjo')).toBe('/k/savsjo');
    expect(serverUrls.archive('savsjo', 'seed-savsjo-2020-2021')).toBe(
      '/k/savsjo/arkiv/seed-savsjo-2020-2021',
    );
  });

  it('are relative to the page in the static export, ending in index.html', () => {
    const fromArchive = staticUrls(staticFiles.archive('savsjo', 'a b/c'));
    expect(staticFiles.archive('savsjo', 'a b/c')).toBe('k/savsjo/arkiv/a_b_c/index.html');
    expect(fromArchive.css()).toBe('../../../../assets/loftesbot.css');
    expect(fromArchive.home()).toBe('../../../../index.html');
    expect(fromArchive.kommun('savsjo')).toBe('../../index.html');
    const fromHome = staticUrls(staticFiles.home());
    expect(fromHome.kommun('tranas')).toBe('k/tranas/index.html');
    expect(fromHome.home()).toBe('index.html');
  });
});

describe('html', () => {
  it('escapes interpolated text, keeps trusted markup, joins arrays and drops null', () => {
    const name = '<script>alert("x")</script>';
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    );
    expect(html`${null}${undefined}${false}${raw('<b>ok</b>')}${0}`.value).toBe('<b>ok</b>0');
    expect(escapeHtml("'&")).toBe('&#39;&amp;');
  });
});
