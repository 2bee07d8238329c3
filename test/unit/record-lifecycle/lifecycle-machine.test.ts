import { describe, expect, it } from 'vitest';

import {
  EntryState,
  LIST_ENTRY_TRANSITIONS,
  LifecycleEvent,
  RECORD_TRANSITIONS,
  RecordState,
  fromStates,
  nextState,
  stateOf,
} from '../../../src/modules/record-lifecycle/index.js';

const at = new Date('2026-11-20T02:00:00Z');

describe('the record machine', () => {
  it.each([
    [RecordState.RECEIVED, LifecycleEvent.PUBLISH, RecordState.PUBLISHED],
    [RecordState.PUBLISHED, LifecycleEvent.CORRECT, RecordState.PUBLISHED],
    [RecordState.REVOKED, LifecycleEvent.CORRECT, RecordState.REVOKED],
    [RecordState.PUBLISHED, LifecycleEvent.ACCEPT_OBJECTION, RecordState.PUBLISHED],
    [RecordState.PUBLISHED, LifecycleEvent.UPHOLD_ON_OBJECTION, RecordState.PUBLISHED],
    [RecordState.RECEIVED, LifecycleEvent.CORRECTED_ON_OBJECTION, RecordState.RECEIVED],
    [RecordState.PUBLISHED, LifecycleEvent.REVOKE, RecordState.REVOKED],
    [RecordState.REPAIRED, LifecycleEvent.REVOKE, RecordState.REVOKED],
    [RecordState.RECEIVED, LifecycleEvent.WITHDRAW, RecordState.REVOKED],
    [RecordState.PUBLISHED, LifecycleEvent.REPAIR, RecordState.REPAIRED],
  ])('allows %s --%s--> %s', (from, event, to) => {
    expect(nextState('RECORD', from, event)).toBe(to);
  });

  it.each([
    [RecordState.PUBLISHED, LifecycleEvent.PUBLISH],
    [RecordState.REVOKED, LifecycleEvent.PUBLISH],
    [RecordState.REVOKED, LifecycleEvent.REVOKE],
    [RecordState.REVOKED, LifecycleEvent.WITHDRAW],
    [RecordState.REVOKED, LifecycleEvent.REPAIR],
    [RecordState.REPAIRED, LifecycleEvent.REPAIR],
    [RecordState.REVOKED, LifecycleEvent.ACCEPT_OBJECTION],
    [RecordState.REPAIRED, LifecycleEvent.ACCEPT_OBJECTION],
    [RecordState.REVOKED, LifecycleEvent.UPHOLD_ON_OBJECTION],
    [RecordState.PUBLISHED, LifecycleEvent.REMOVE],
  ])('refuses %s --%s-->', (from, event) => {
    expect(nextState('RECORD', from, event)).toBeNull();
  });

  it('lists the from-states of each event', () => {
    expect(fromStates('RECORD', LifecycleEvent.REVOKE)).toEqual([
      'RECEIVED',
      'PUBLISHED',
      'REPAIRED',
    ]);
    expect(fromStates('RECORD', LifecycleEvent.REMOVE)).toEqual([]);
  });

  it('reads the state from the status columns, revocation first', () => {
    expect(stateOf('RECORD', { publishedAt: null, revokedAt: null, repairedAt: null })).toBe(
      'RECEIVED',
    );
    expect(stateOf('RECORD', { publishedAt: at, revokedAt: null, repairedAt: null })).toBe(
      'PUBLISHED',
    );
    expect(stateOf('RECORD', { publishedAt: at, revokedAt: null, repairedAt: at })).toBe(
      'REPAIRED',
    );
    expect(stateOf('RECORD', { publishedAt: at, revokedAt: at, repairedAt: at })).toBe('REVOKED');
  });
});

describe('the list-entry machine', () => {
  it.each([
    [EntryState.RECEIVED, LifecycleEvent.PUBLISH, EntryState.LISTED],
    [EntryState.LISTED, LifecycleEvent.REMOVE, EntryState.REMOVED],
    [EntryState.RECEIVED, LifecycleEvent.REMOVE, EntryState.REMOVED],
    [EntryState.LISTED, LifecycleEvent.REPAIR, EntryState.REPAIRED],
    [EntryState.LISTED, LifecycleEvent.ACCEPT_OBJECTION, EntryState.LISTED],
    [EntryState.REMOVED, LifecycleEvent.CORRECT, EntryState.REMOVED],
  ])('allows %s --%s--> %s', (from, event, to) => {
    expect(nextState('LIST_ENTRY', from, event)).toBe(to);
  });

  it.each([
    [EntryState.REMOVED, LifecycleEvent.REMOVE],
    [EntryState.REPAIRED, LifecycleEvent.REMOVE],
    [EntryState.REMOVED, LifecycleEvent.REPAIR],
    [EntryState.REPAIRED, LifecycleEvent.REPAIR],
    [EntryState.REMOVED, LifecycleEvent.ACCEPT_OBJECTION],
    [EntryState.LISTED, LifecycleEvent.REVOKE],
    [EntryState.LISTED, LifecycleEvent.WITHDRAW],
  ])('refuses %s --%s-->', (from, event) => {
    expect(nextState('LIST_ENTRY', from, event)).toBeNull();
  });

  it('reads the state from the status columns, repair first', () => {
    expect(stateOf('LIST_ENTRY', { publishedAt: at, removedAt: null, repairedAt: null })).toBe(
      'LISTED',
    );
    expect(stateOf('LIST_ENTRY', { publishedAt: at, removedAt: at, repairedAt: null })).toBe(
      'REMOVED',
    );
    expect(stateOf('LIST_ENTRY', { publishedAt: at, removedAt: at, repairedAt: at })).toBe(
      'REPAIRED',
    );
  });
});

describe('both tables', () => {
  it('hold each (from, event) pair once, and a correction never changes the state', () => {
    for (const table of [RECORD_TRANSITIONS, LIST_ENTRY_TRANSITIONS]) {
      const pairs = table.map(t => `${t.from} ${t.event}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const t of table) {
        if (
          t.event === LifecycleEvent.CORRECT ||
          t.event === LifecycleEvent.ACCEPT_OBJECTION ||
          t.event === LifecycleEvent.UPHOLD_ON_OBJECTION ||
          t.event === LifecycleEvent.CORRECTED_ON_OBJECTION
        ) {
          expect(t.to).toBe(t.from);
        }
      }
    }
  });

  it('leaves no way out of a terminal state but a correction (and a repaired record’s revocation)', () => {
    const exits = (
      table: typeof RECORD_TRANSITIONS | typeof LIST_ENTRY_TRANSITIONS,
      state: string,
    ) => table.filter(t => t.from === state && t.to !== t.from).map(t => t.event);
    expect(exits(RECORD_TRANSITIONS, 'REVOKED')).toEqual([]);
    expect(exits(RECORD_TRANSITIONS, 'REPAIRED')).toEqual(['REVOKE', 'WITHDRAW']);
    expect(exits(LIST_ENTRY_TRANSITIONS, 'REMOVED')).toEqual([]);
    expect(exits(LIST_ENTRY_TRANSITIONS, 'REPAIRED')).toEqual([]);
  });
});
