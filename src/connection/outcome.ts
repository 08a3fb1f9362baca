/** What a run did with the connection, or in a dry run would do: the `outcome` output. */
export const OUTCOMES = [
  'created',
  'reused',
  'updated',
  'would-create',
  'would-reuse',
  'would-update',
] as const;

export type Outcome = (typeof OUTCOMES)[number];
