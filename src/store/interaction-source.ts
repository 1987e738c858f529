import type { Interaction } from '../domain/interaction.js';

/**
 * The record whose deletion takes this edge with it: the post that mentions (a mention's key
 * is "postId:handle"), or the reply, quote, repost or like record itself (their key).
 *
 * @NOTE stores check this id against tombstones so that an edge and the deletion of its
 * source give the same result in either order (batches may be applied in any order by
 * several workers).
 */
export function edgeSourceId(interaction: Pick<Interaction, 'kind' | 'key' | 'postId'>): string {
  return interaction.kind === 'mention' && interaction.postId !== undefined ? interaction.postId : interaction.key;
}
