import type { types } from '@slack/bolt';
import type { Reply } from '../../core/reply.ts';
import { replyBlocks } from './blocks.ts';
import { LIMITS } from './limits.ts';
import { pageBlocks } from './modal.ts';

/** The App Home tab showing a reply (the person's overview); at most 100 blocks, the rest counted, not hidden. */
export function homeView(reply: Reply, more?: (n: number) => string): types.HomeView {
  return {
    type: 'home',
    blocks: pageBlocks(replyBlocks(reply), LIMITS.blocksPerView, more),
  };
}
