import type { Figure } from '../lib/report.ts';
import type { SectionContext } from './context.ts';
export async function benchImport(_ctx: SectionContext): Promise<Figure[]> {
  return [];
}
