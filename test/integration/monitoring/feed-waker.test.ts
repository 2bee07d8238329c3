import { describe, expect, it } from 'vitest';

import { Role, type Viewer } from '../../../src/auth/viewer.js';
import { ChangeKind, recordChanges } from '../../../src/modules/change-outbox/index.js';
import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import { FeedWaker } from '../../../src/modules/monitoring/index.js';
import { MonitorSubjectsDocument } from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import { SUBJECT_CODE, enterpriseCode } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

const otherInstitution: Viewer = {
  role: Role.INSTITUTION,
  keyId: null,
  organizationName: '某信用评级有限公司',
  organizationCode: composeCreditCode('91', '110000', '20002000'),
};

async function monitor(codes: string[], as: Viewer) {
  const result = await env.server.execute(
    MonitorSubjectsDocument,
    { codes, purpose: '贷后管理' },
    { as },
  );
  expect(result.errors).toBeUndefined();
}

async function change(subjectCode: string) {
  await recordChanges(env.database.db, [
    {
      subjectCode,
      kind: ChangeKind.RECORD_PUBLISHED,
      recordId: null,
      occurredAt: testClock.now(),
    },
  ]);
}

/** A promise that never resolves: a follower that stays connected. */
const staying = new Promise<void>(() => {});

describe('the change streams’ shared look at the outbox (FeedWaker)', () => {
  it('wakes the followers of an institution with a new change, and only them, and misses no change committed before a follower waits', async () => {
    const mine = SUBJECT_CODE;
    const theirs = enterpriseCode();
    await monitor([mine], viewers.institution);
    await monitor([theirs], otherInstitution);
    const waker = new FeedWaker(env.database.db, 20);
    const a = viewers.institution.organizationCode;
    const b = otherInstitution.organizationCode!;

    // Before the first look a follower has no window: the look wakes it and sets one.
    await waker.wait(a, waker.position(), 60_000, staying);
    expect(waker.position()).not.toBe('0');

    let otherWoken = false;
    let leave!: () => void;
    const left = new Promise<void>(resolve => (leave = resolve));
    const other = waker.wait(b, waker.position(), 60_000, left).then(() => (otherWoken = true));
    // A change committed after the follower's page but before it waits wakes it all the same.
    const position = waker.position();
    await change(mine);
    await waker.wait(a, position, 60_000, staying);
    expect(otherWoken).toBe(false);

    // The other institution's change wakes its follower.
    await change(theirs);
    await other;
    expect(otherWoken).toBe(true);

    // A follower that leaves is let go.
    let gone = false;
    const leaving = waker.wait(b, waker.position(), 60_000, left).then(() => (gone = true));
    leave();
    await leaving;
    expect(gone).toBe(true);
  });
});
