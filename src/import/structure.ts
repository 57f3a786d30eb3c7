import type { Responsible, TertialNumber } from '../domain/types.ts';
import { ATTACHED } from './attached.ts';
import type { Block } from './blocks.ts';
import { responsibleFromCell, responsibleFromText, subjectParty } from './responsible.ts';
import { classifyIntro, type Intro, readsLikeActivity, readsLikeAim, readsLikeOutcome } from './sections.ts';
import { isSignatureLine } from './signed.ts';
import { bestMatch } from './similarity.ts';
import {
  type ActivityDraft,
  cellsOf,
  EMPTY_CELL,
  GENERIC_CAPTION,
  isAimHeader,
  isHeadingish,
  isLeadIn,
  isStatisticsRow,
  LABEL,
  LABEL_REF,
  LABELLED_PARTY,
  PROMISE_MARK,
  type Section,
  type StatRowDraft,
  type Structure,
  type StructureOptions,
  withHeaderBasis,
  yearTargetsOf,
} from './structure-parts.ts';
import { columnRoles, tertialOfHeader } from './tables.ts';

export type {
  ActivityDraft,
  CellDraft,
  StatRowDraft,
  Structure,
  StructureOptions,
} from './structure-parts.ts';

/**
 * The third pass: blocks read as a medborgarlöfte — its promises, its activities (from lists, paragraphs and
 * table rows) with the promise each belongs to, the party named by their section, and the follow-up cells.
 */

/** Reads the blocks of a document. */
export function readStructure(
  blocks: readonly Block[],
  options: StructureOptions = { followUp: false },
): Structure {
  const commitments: { text: string; line: number }[] = [];
  const activities: ActivityDraft[] = [];
  const statRows: StatRowDraft[] = [];
  let followUpTable = false;
  let section: Section = 'none';
  let party: Responsible | null = null;
  let current: number | null = null;
  let listIndent: number | null = null;
  /** The promises were introduced by a line ending in ":" — the lines that follow are the list. */
  let listIntro = false;
  /** The block before was an activity or what belongs to it: an outcome paragraph that follows is its status. */
  let afterActivity = false;

  const commitmentFor = (text: string, line: number, create: boolean): number | null => {
    const found = bestMatch(
      text,
      commitments.map((c) => c.text),
    );
    if (found !== null || !create) return found;
    commitments.push({ text, line });
    return commitments.length - 1;
  };

  const addActivity = (text: string, line: number): void => {
    const bare = text.replace(LABEL, '').trim();
    activities.push({ text: bare || text, line, commitment: current, party, targetText: null, cells: [] });
  };

  /** "T1: Genomfört tre", "Status: Pågår", "Mål: minst 20 per år", "Ansvarig: Polisen" under an activity. */
  const attachLine = (text: string, line: number): boolean => {
    const last = activities[activities.length - 1];
    const m = ATTACHED.exec(text.trim());
    if (!last || !m) return false;
    const [, label = '', value = ''] = m;
    const tertial = tertialOfHeader(label);
    const status = /^status|^uppföljning|^kommentar|^resultat|^utfall/i.test(label);
    if (tertial && !status) last.cells.push({ ...tertial, text: value.trim(), line });
    else if (status) {
      const ref = LABEL_REF.exec(label.replace(/^\S+/, ''));
      const t = ref?.[1] ? (Number(ref[1]) as TertialNumber) : null;
      last.cells.push({ tertial: t, year: ref?.[2] ? Number(ref[2]) : null, text: value.trim(), line });
    } else if (/^ansvar/i.test(label)) last.party = responsibleFromCell(value) ?? last.party;
    else last.targetText ??= value.trim();
    if (tertial || status) followUpTable = true;
    return true;
  };

  const applyIntro = (intro: Intro, text: string, line: number): void => {
    if (intro.kind === 'commitments') {
      section = 'commitments';
      listIntro = text.trim().endsWith(':');
      party = null;
      current = null;
      listIndent = null;
    } else if (intro.kind === 'activities') {
      if (section === 'commitments') current = null;
      section = 'activities';
      party = intro.party;
    } else if (intro.kind === 'commitment') {
      current = commitmentFor(intro.text || text, line, true);
      section = 'activities';
      party = null;
    } else {
      section = 'ignore';
      party = null;
      current = null;
    }
  };

  blocks.forEach((b, i) => {
    const activitiesBefore = activities.length;
    const cellsBefore = activities[activities.length - 1]?.cells.length ?? 0;
    readBlock(b, i);
    const last = activities[activities.length - 1];
    afterActivity =
      b.type !== 'heading' &&
      b.type !== 'table' &&
      (activities.length > activitiesBefore || (last !== undefined && last.cells.length > cellsBefore));
  });

  return { commitments, activities, statRows, followUpTable };

  function readBlock(b: Block, i: number): void {
    const next = blocks[i + 1];
    if (b.type === 'table') {
      readTable(b);
      return;
    }
    if ((b.type === 'paragraph' || b.type === 'item') && attachLine(b.text, b.line)) return;
    if (b.type === 'paragraph' && isSignatureLine(b.text)) return;
    if (
      options.followUp &&
      b.type === 'paragraph' &&
      afterActivity &&
      readsLikeOutcome(b.text) &&
      !LABEL.test(b.text)
    ) {
      const last = activities[activities.length - 1];
      last?.cells.push({ tertial: null, year: null, text: b.text, line: b.line });
      followUpTable = true;
      return;
    }
    if (b.type !== 'heading' && LABEL.test(b.text) && section !== 'ignore') {
      addActivity(b.text, b.line);
      return;
    }
    // A short line followed by "Mål: …", "T1: …" or "Status: …" lines names an activity.
    if (
      next &&
      next.type !== 'table' &&
      next.type !== 'heading' &&
      ATTACHED.test(next.text.trim()) &&
      !ATTACHED.test(b.text.trim()) &&
      b.text.length <= 300 &&
      section !== 'ignore' &&
      classifyIntro(b.text, isHeadingish(b)) === null
    ) {
      addActivity(b.text, b.line);
      return;
    }
    const headingish = isHeadingish(b);
    let intro = classifyIntro(b.text, headingish);
    // "Skövde kommun och polisen lovar gemensamt att:" followed by aims opens the promises, not activities.
    if (
      intro?.kind === 'activities' &&
      intro.party !== 'polis' &&
      intro.party !== 'kommun' &&
      next &&
      next.type !== 'table' &&
      readsLikeAim(next.text) &&
      subjectParty(next.text) === null
    )
      intro = { kind: 'commitments' };
    const inPartyBlock = section === 'activities' && party !== null;
    const demoted =
      intro?.kind === 'commitment' && b.type !== 'heading' && (inPartyBlock || section === 'commitments');
    if (intro && !demoted) {
      applyIntro(intro, b.text, b.line);
      return;
    }
    if (!intro && isLeadIn(b, next)) {
      const aims =
        next !== undefined &&
        next.type !== 'table' &&
        readsLikeAim(next.text) &&
        subjectParty(next.text) === null;
      applyIntro(
        aims ? { kind: 'commitments' } : { kind: 'activities', party: responsibleFromText(b.text) },
        b.text,
        b.line,
      );
      return;
    }
    if (next?.type === 'table' && (headingish || b.type === 'item') && !readsLikeActivity(b.text)) {
      if (section === 'ignore') section = 'none';
      const caption = !GENERIC_CAPTION.test(b.text) || (b.type !== 'paragraph' && b.type !== 'heading');
      current = caption ? commitmentFor(b.text, b.line, true) : current;
      return;
    }
    if (b.type === 'heading') {
      if (section === 'ignore') section = 'none';
      party = null;
      return;
    }
    if (section === 'ignore') return;
    if (section === 'commitments') {
      const named =
        subjectParty(b.text) ?? (LABELLED_PARTY.test(b.text) ? responsibleFromText(b.text) : null);
      if (named !== null && !readsLikeAim(b.text)) {
        // Right under a numbered promise ("1. Vi ska minska …" then "Polisen genomför …"): that promise's.
        if (isAimHeader(blocks, i - 1) && blocks[i - 1]?.type === 'item') current = commitments.length - 1;
        addActivity(b.text, b.line);
        return;
      }
      if (b.type === 'item') {
        listIndent ??= b.indent;
        if (b.indent > listIndent && readsLikeActivity(b.text)) {
          current = commitments.length > 0 ? commitments.length - 1 : null;
          addActivity(b.text, b.line);
          current = null;
          return;
        }
      }
      const aimLike = b.type === 'item' || readsLikeAim(b.text) || (listIntro && b.text.length <= 150);
      if (aimLike && b.text.length <= 300 && (b.type === 'item' || !/medborgarlöfte/i.test(b.text))) {
        commitments.push({ text: b.text, line: b.line });
      }
      return;
    }
    if (isAimHeader(blocks, i) && !(section === 'activities' && party !== null && b.type === 'paragraph')) {
      current = commitmentFor(b.text, b.line, true);
      if (section === 'none') section = 'activities';
      return;
    }
    if (section === 'activities') {
      if (party !== null || readsLikeActivity(b.text) || b.type === 'item') {
        if (b.text.length <= 600) addActivity(b.text, b.line);
      }
      return;
    }
    const activityLike =
      subjectParty(b.text) !== null ||
      (b.type === 'item' && readsLikeActivity(b.text) && !readsLikeAim(b.text));
    if (activityLike && b.text.length <= 400) addActivity(b.text, b.line);
  }

  function readTable(table: Extract<Block, { type: 'table' }>): void {
    const width = Math.max(table.header?.length ?? 0, ...table.rows.map((r) => r.cells.length));
    const roles = columnRoles(table.header, width);
    if (roles.some((r) => r.kind === 'tertial' || r.kind === 'status')) followUpTable = true;
    const activityCol = roles.findIndex((r) => r.kind === 'activity');
    const commitmentCol = roles.findIndex((r) => r.kind === 'commitment');
    for (const row of table.rows) {
      const commitmentCell = commitmentCol >= 0 ? (row.cells[commitmentCol] ?? '').trim() : '';
      if (commitmentCell !== '') current = commitmentFor(commitmentCell, row.line, true);
      const text = (row.cells[activityCol] ?? '').trim();
      if (EMPTY_CELL.test(text)) continue;
      const cells = cellsOf(row, roles);
      const alone = row.cells.every((c, j) => j === activityCol || EMPTY_CELL.test(c));
      if (alone && (PROMISE_MARK.test(text) || (readsLikeAim(text) && !readsLikeActivity(text)))) {
        current = commitmentFor(text.replace(PROMISE_MARK, '').trim(), row.line, true);
        continue;
      }
      if (isStatisticsRow(text, roles)) {
        statRows.push({ label: text, cells, line: row.line });
        continue;
      }
      const responsibleCol = roles.findIndex((r) => r.kind === 'responsible');
      const targetCol = roles.findIndex((r) => r.kind === 'target');
      const named = responsibleCol >= 0 ? responsibleFromCell(row.cells[responsibleCol] ?? '') : null;
      // "Mål 2027 | Mål 2028": the first year's target, per år; parse-document.ts warns when the next differs.
      const years = yearTargetsOf(row.cells, table.header, roles);
      activities.push({
        text,
        line: row.line,
        commitment: current,
        party: named ?? party,
        targetText: years[0]
          ? `${years[0].text} (per år)`
          : targetCol >= 0
            ? withHeaderBasis(row.cells[targetCol] ?? '', table.header?.[targetCol])
            : null,
        cells,
        ...(years.length > 1 ? { yearTargets: years } : {}),
      });
    }
  }
}
