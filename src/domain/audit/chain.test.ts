import { describe, expect, it } from 'vitest';
import {
  type ChainedFields,
  canonicalJson,
  chainHash,
  GENESIS_HASH,
  storableJson,
  storableText,
  verifyChain,
} from './chain';

const KEY = new Uint8Array(32).fill(9);

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
  chainVersion: 2,
  ...extra,
});

function chain(n: number, version = 2, key: Uint8Array = KEY) {
  const out = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const r = record(i, { chainVersion: version });
    const hash = chainHash(prev, r, key);
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
    expect(verifyChain(chain(5), GENESIS_HASH, KEY)).toMatchObject({ intact: true, checked: 5 });
  });
  it('finds a changed record by its hash', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, actorName: 'mallory' };
    expect(verifyChain(c, GENESIS_HASH, KEY)).toMatchObject({ intact: false, brokenAt: 3, reason: 'hash' });
  });
  it('finds a removed record by the next record’s link', () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyChain(c, GENESIS_HASH, KEY)).toMatchObject({
      intact: false,
      brokenAt: 3,
      reason: 'prev_hash',
    });
  });
  it('reports every broken record, not only the first, so one break does not hide later tampering', () => {
    const c = chain(8);
    c[1] = { ...c[1]!, actorName: 'mallory' };
    c[5] = { ...c[5]!, action: 'user.delete' };
    const verdict = verifyChain(c, GENESIS_HASH, KEY);
    expect(verdict.intact).toBe(false);
    if (!verdict.intact)
      expect(verdict.breaks).toEqual([
        { id: 2, reason: 'hash' },
        { id: 6, reason: 'hash' },
      ]);
  });
  it('detects a chain rewritten and re-hashed without the key (keyed records)', () => {
    const c = chain(4);
    // An attacker with database access changes record 2 and re-hashes from there with plain SHA-256 or
    // another key: every re-hashed record is found.
    const forged = chain(4, 2, new Uint8Array(32).fill(1));
    const verdict = verifyChain([c[0]!, ...forged.slice(1)], GENESIS_HASH, KEY);
    expect(verdict.intact).toBe(false);
  });
  it('refuses a version-1 (unkeyed) record after a keyed one: no downgrade', () => {
    const c = chain(2);
    const r3 = record(3, { chainVersion: 1 });
    const verdict = verifyChain(
      [...c, { ...r3, prevHash: c[1]!.hash, hash: chainHash(c[1]!.hash, r3) }],
      GENESIS_HASH,
      KEY,
    );
    expect(verdict).toMatchObject({ intact: false, brokenAt: 3, reason: 'version' });
  });
  it('keeps verifying version-1 records of an older installation, then keyed ones after them', () => {
    const old = chain(3, 1);
    const r4 = record(4);
    const h4 = chainHash(old[2]!.hash, r4, KEY);
    expect(
      verifyChain([...old, { ...r4, prevHash: old[2]!.hash, hash: h4 }], GENESIS_HASH, KEY),
    ).toMatchObject({
      intact: true,
      checked: 4,
    });
  });
});

describe('what the database stores', () => {
  it('turns a lone surrogate into U+FFFD and NUL into U+FFFD, as stored text comes back', () => {
    expect(storableText('a\ud800b')).toBe('a\uFFFDb');
    expect(storableText('x\u0000y')).toBe('x\uFFFDy');
    expect(storableText('正常的文字 😀')).toBe('正常的文字 😀');
  });
  it('normalises nested values and keys of jsonb the same way, and dates to ISO text', () => {
    expect(
      storableJson({ '\udc00k': ['\ud800', { at: new Date('2026-01-01T00:00:00Z') }], u: undefined }),
    ).toEqual({ '\uFFFDk': ['\uFFFD', { at: '2026-01-01T00:00:00.000Z' }] });
    expect(storableJson(undefined)).toBeNull();
  });
});
