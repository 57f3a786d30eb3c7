import type { Store } from '../domain/ports.ts';
import { refreshPublicSnapshot } from '../domain/public-snapshot.ts';
import { loadRegister } from '../runtime/register.ts';

/**
 * The demo's follow-ups are published: save what the public pages show of each agreement the demo added, as
 * publishing would (domain/public-snapshot.ts).
 */
export async function saveDemoSnapshots(
  tx: Store,
  agreementIds: readonly string[],
  now: number,
  zone: string,
): Promise<void> {
  const register = loadRegister();
  for (const id of agreementIds) {
    const bundle = await tx.agreementBundle(id);
    const municipality = bundle ? register.byCodeOrNull(bundle.agreement.municipalityCode) : null;
    if (bundle && municipality) await refreshPublicSnapshot(tx, municipality, bundle, now, zone);
  }
}
