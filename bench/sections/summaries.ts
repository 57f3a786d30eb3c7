import type { Figure } from '../lib/report.ts';
import type { SectionContext } from './context.ts';
export async function benchSummaries(_ctx: SectionContext): Promise<Figure[]> {
  return [];
}
