import type {
  PublicActivity,
  PublicAgreementView,
  PublicProgress,
  PublicStatistic,
} from '../../domain/public-view.ts';
import type { SummaryWindow } from '../../domain/summary.ts';
import { countInWindow, countIsNews, pacePhrase, signedCount } from '../../domain/target.ts';
import { targetChangeText } from '../../domain/target-change.ts';
import { formatTertial, type TertialRef } from '../../domain/tertial.ts';
import { STATISTIC_CATEGORIES } from '../../domain/types.ts';
import { type Html, html } from '../../runtime/html.ts';
import { badge, domId, figureText, LABELS, progressLine, readingGuide, targetText } from './parts.ts';

/**
 * The body of an agreement as the public sees it, shared by the current page and the archive: the promises, each
 * activity with its responsible party, target, progress bars and published follow-up texts, and the drug statistics
 * of the published tertials. Headings: h2 per promise, h3 per activity.
 */

/** "2025–2026", or "2025" for a one-year agreement. */
export function periodText(view: PublicAgreementView): string {
  const { periodFrom, periodTo } = view.agreement;
  return periodFrom === periodTo ? String(periodFrom) : `${periodFrom}–${periodTo}`;
}

/**
 * The count of `p` signed against its target over `window`: "16 av minst 15 under 2026", "färre än 5 av …";
 * without a target the count with its window, "3 under 2026" (the badge says "följs upp med text").
 */
function signedOf(
  a: PublicActivity,
  p: PublicProgress,
  window: SummaryWindow,
  view: PublicAgreementView,
): string {
  const done = p.done.kind === 'value' ? p.done.value : 0;
  const text = p.done.kind === 'value' ? String(done) : figureText(p.done);
  if (p.target === null || a.target === null) return countInWindow(text, window, view.agreement, 'sv');
  const line = { done, target: p.target, activity: { target: a.target } };
  return signedCount(line, window, view.agreement, 'sv', text);
}

/** Whether a bar's count says anything (domain/target.ts countIsNews); a suppressed count ("färre än 5") does. */
function isNews(p: PublicProgress): boolean {
  return p.done.kind === 'suppressed' || countIsNews({ done: p.done.value, target: p.target });
}

/**
 * An activity followed up in text with nothing registered: one line, its latest published status text ("Senaste
 * lägesbeskrivning (T2 2026): Pågår") beside the verdict "följs upp med text" — or the verdict alone.
 */
function textOnlyLine(a: PublicActivity, p: PublicProgress): Html {
  const latest = a.followUps.at(-1);
  const text = latest ? `Senaste lägesbeskrivning (${formatTertial(latest)}): ${latest.text}` : '';
  return html`<div class="lb-web-bar"><span class="lb-web-signed">${text}</span> ${badge(p.state)}</div>`;
}

function expectedOf(p: PublicProgress): string | null {
  return p.expected === undefined || p.done.kind === 'suppressed' ? null : pacePhrase(p.expected, 'sv');
}

function activityBlock(a: PublicActivity, view: PublicAgreementView, ended: boolean): Html {
  const id = domId('aktivitet', a.id);
  const year = view.year;
  const bars =
    view.figuresAsOf === null
      ? [
          html`<p class="lb-empty">${ended ? 'Inga siffror publicerades.' : 'Inga siffror är publicerade ännu.'}</p>`,
        ]
      : a.target === null && [a.year, a.period].every((p) => !p || !isNews(p))
        ? [textOnlyLine(a, a.year ?? a.period)]
        : [
            a.year && year !== null && isNews(a.year)
              ? // An ended agreement's year is that year, not "I år": its archive is read in a later year.
                progressLine(`${id}-ar`, ended ? `År ${year}` : `I år (${year})`, a.year, a.kind, {
                  signed: signedOf(a, a.year, { kind: 'year', year }, view),
                  expected: expectedOf(a.year),
                })
              : null,
            // A one-year agreement's period is the year above: one bar, not the same one twice.
            (a.year &&
              year !== null &&
              view.agreement.periodFrom === year &&
              view.agreement.periodTo === year) ||
            !isNews(a.period)
              ? null
              : progressLine(`${id}-period`, `Hela perioden (${periodText(view)})`, a.period, a.kind, {
                  signed: signedOf(a, a.period, { kind: 'period' }, view),
                  expected: expectedOf(a.period),
                }),
          ];
  const followUps =
    a.followUps.length === 0
      ? html`<p class="lb-empty">${ended ? 'Ingen uppföljning av aktiviteten publicerades.' : 'Ingen uppföljning av aktiviteten är publicerad ännu.'}</p>`
      : html`<table class="lb-table lb-web-followups">
<caption>Publicerade uppföljningar</caption>
<thead><tr><th scope="col" class="lb-web-when">Tertial</th><th scope="col">Lägesbeskrivning</th></tr></thead>
<tbody>${a.followUps.map((f) => html`<tr><th scope="row">${formatTertial(f)}</th><td>${f.text}</td></tr>`)}</tbody>
</table>`;
  return html`<article class="lb-web-activity" aria-labelledby="${id}">
<h3 id="${id}">${a.text}</h3>
<dl class="lb-web-facts"><dt>Ansvarig</dt><dd>${LABELS.responsible[a.responsible]}</dd><dt>${LABELS.target}</dt><dd>${targetText(a.target, a.kind)}${a.targetChange ? ` (${targetChangeText(a.targetChange, 'sv')})` : ''}</dd></dl>
<div class="lb-web-bars">${bars}</div>
${followUps}
</article>`;
}

function statisticsTable(view: PublicAgreementView): Html | null {
  if (view.statistics.length === 0) return null;
  const refs: TertialRef[] = [];
  for (const s of view.statistics) {
    if (!refs.some((r) => r.year === s.year && r.tertial === s.tertial)) refs.push(s);
  }
  refs.sort((a, b) => a.year - b.year || a.tertial - b.tertial);
  const cell = (s: PublicStatistic | undefined): Html => {
    if (!s) return html`<td class="lb-num">–</td>`;
    // Digits in a table, and a verb between the two numbers: "18 (varav 14 är 21 år eller yngre)", never "14 21 år".
    const none = s.count.kind === 'value' && s.count.value === 0;
    const youth =
      s.youth === null || none
        ? ''
        : s.youth.kind === 'value' && s.youth.value === 0
          ? ' (ingen är 21 år eller yngre)'
          : ` (varav ${figureText(s.youth)} är 21 år eller yngre)`;
    return html`<td class="lb-num">${figureText(s.count)}${youth}</td>`;
  };
  const rows = STATISTIC_CATEGORIES.filter((c) => view.statistics.some((s) => s.category === c)).map(
    (category) =>
      html`<tr><th scope="row">${LABELS.categories[category]}</th>${refs.map((r) =>
        cell(
          view.statistics.find(
            (s) => s.category === category && s.year === r.year && s.tertial === r.tertial,
          ),
        ),
      )}</tr>`,
  );
  return html`<section aria-labelledby="statistik">
<h2 id="statistik">Misstankar narkotikabrott</h2>
<p>Polisens misstankar om narkotikabrott under de tertial som har publicerats. Värden 1–4 visas som ”färre än 5”.</p>
<div class="lb-web-scroll" role="region" aria-labelledby="statistik-caption" tabindex="0">
<table class="lb-table lb-web-statistics">
<caption id="statistik-caption">Misstankar narkotikabrott per tertial</caption>
<thead><tr><th scope="col">Brott</th>${refs.map((r) => html`<th scope="col">${formatTertial(r)}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
</section>`;
}

/** Activities grouped under the promise they are linked to; those linked to none under "Övriga aktiviteter". */
function promiseSections(view: PublicAgreementView, ended: boolean): Html[] {
  let n = 0;
  return view.commitments
    .filter((c) => c.activities.length > 0 || c.text !== null)
    .map((c) => {
      const heading = c.text === null ? LABELS.otherActivities : `Löfte ${++n}: ${c.text}`;
      const id = `lofte-${c.text === null ? 'ovriga' : n}`;
      return html`<section class="lb-web-commitment" aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${c.activities.length === 0 ? html`<p class="lb-empty">Inga aktiviteter är knutna till löftet.</p>` : c.activities.map((a) => activityBlock(a, view, ended))}
</section>`;
    });
}

/** An agreement whose activities are linked to no promise: the promises as a list, then one "Aktiviteter". */
function promisesThenActivities(
  view: PublicAgreementView,
  promises: PublicAgreementView['commitments'],
  ended: boolean,
): Html[] {
  const activities = view.commitments.flatMap((c) => c.activities);
  return [
    ...(promises.length > 0
      ? [
          html`<section class="lb-web-commitment" aria-labelledby="loften">
<h2 id="loften">Löftena</h2>
<ol>${promises.map((c) => html`<li>${c.text}</li>`)}</ol>
</section>`,
        ]
      : []),
    ...(activities.length > 0
      ? [
          html`<section class="lb-web-commitment" aria-labelledby="aktiviteter">
<h2 id="aktiviteter">${LABELS.looseActivities}</h2>
${activities.map((a) => activityBlock(a, view, ended))}
</section>`,
        ]
      : []),
  ];
}

/** The promises, activities and statistics of an agreement. */
export function agreementBody(view: PublicAgreementView, options: { readonly ended?: boolean } = {}): Html {
  // An ended agreement's page speaks of what was: nothing "ännu", and its verdicts as they stood then.
  const ended = options.ended === true;
  const asOf = view.figuresAsOf ? formatTertial(view.figuresAsOf) : null;
  const figures =
    asOf === null
      ? ''
      : ended
        ? ` Siffrorna gäller till och med ${asOf}, den sista publicerade uppföljningen; läget (som ”i fas”) är som det var då.`
        : ` Siffrorna gäller till och med ${asOf}.`;
  const published =
    view.publishedTertials.length === 0
      ? ended
        ? 'Ingen tertialuppföljning publicerades.'
        : 'Ingen tertialuppföljning är publicerad ännu.'
      : `Publicerade uppföljningar: ${view.publishedTertials.map(formatTertial).join(', ')}.${figures}`;
  const promises = view.commitments.filter((c) => c.text !== null);
  const linked = promises.some((c) => c.activities.length > 0);
  const commitments = linked ? promiseSections(view, ended) : promisesThenActivities(view, promises, ended);
  return html`${view.agreement.isDemo ? html`<p class="lb-web-notice">${LABELS.demo}</p>` : ''}
<p>${published}</p>
${view.figuresAsOf === null ? '' : readingGuide()}
${commitments}
${statisticsTable(view)}`;
}
