import { channel } from 'node:diagnostics_channel';

/** A submission's outcome, per batch (records/submission): what the metrics count as import rows. */
export interface SubmissionObservation {
  /** The audit entity type of the kind ('LICENSING', 'PENALTY', 'list_entry', a catalog item code). */
  kind: string;
  accepted: number;
  duplicates: number;
  rejected: number;
}

/** A public-profile cache look-up (profile-cache): answered from the store, or computed. */
export interface ProfileCacheObservation {
  hit: boolean;
}

/**
 * Facts the domain publishes for whoever listens (the metrics), on Node's diagnostics
 * channels: with no subscriber a publication costs one property read, and the domain knows
 * nothing of who counts.
 */
export const observations = {
  submission: channel('credit-platform:submission'),
  profileCache: channel('credit-platform:profile-cache'),
} as const;

export function observeSubmission(observation: SubmissionObservation): void {
  if (observations.submission.hasSubscribers) {
    observations.submission.publish(observation);
  }
}

export function observeProfileCache(observation: ProfileCacheObservation): void {
  if (observations.profileCache.hasSubscribers) {
    observations.profileCache.publish(observation);
  }
}
