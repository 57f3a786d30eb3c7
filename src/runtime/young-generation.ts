import { setFlagsFromString } from 'node:v8';

/**
 * `bin/loftesbot.js start` holds V8's young generation at its first size while the server loads its code (the
 * libraries' start-up allocations would otherwise grow it to its maximum and leave it resident while the server
 * idles). Once the server listens, this lets it grow again as usual (V8's default growth factor), so a burst of
 * requests is collected in a young generation sized for it.
 */
export function letYoungGenerationGrow(): void {
  setFlagsFromString('--semi-space-growth-factor=2');
}
