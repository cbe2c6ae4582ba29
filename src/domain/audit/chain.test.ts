import { describe, expect, it } from 'vitest';
import { type ChainedFields, canonicalJson, chainHash, GENESIS_HASH, verifyChain } from './chain';

const record = (id: number, extra: Partial<ChainedFields> = {}): ChainedFields => ({
  id,
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, id)),
  actorId: null,
  actorName: 'admin',
  action: 'user.create',
  entityType: 'user',
  entityId: `u${id}`,
  regionCode: '520121',
  unitId: null,
  before: null,
  after: { b: 1, a: [1, { y: 2, x: 1 }] },
  requestId: null,
  ip: null,
  ...extra,
});

function chain(n: number) {
  const out = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const r = record(i);
    const hash = chainHash(prev, r);
    out.push({ ...r, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('orders object keys so jsonb reordering does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });
  it('verifies an untouched chain as intact', () => {
    expect(verifyChain(chain(5))).toMatchObject({ intact: true, checked: 5 });
  });
  it('finds a changed record by its hash', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, actorName: 'mallory' };
    expect(verifyChain(c)).toMatchObject({ intact: false, brokenAt: 3, reason: 'hash', checked: 2 });
  });
  it('finds a removed record by the next record’s link', () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyChain(c)).toMatchObject({ intact: false, brokenAt: 3, reason: 'prev_hash' });
  });
});
