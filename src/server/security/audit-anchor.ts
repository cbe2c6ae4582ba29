import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The head of the audit chain, kept outside the database and signed with the chain key (issue 8
// finding 9): deleting the newest records, or rolling the whole table back to an older copy, leaves
// the chain itself intact; the anchor says how far it had reached. Anchors only move forward.

export interface AuditAnchor {
  id: number;
  hash: string;
  at: string;
  mac: string;
}

export interface AnchorStore {
  read(): AuditAnchor | null;
  write(anchor: AuditAnchor): void;
  /** Where it is kept, for messages. */
  where: string;
}

const payload = (a: Pick<AuditAnchor, 'id' | 'hash' | 'at'>) =>
  `zhucun audit anchor\n${a.id}\n${a.hash}\n${a.at}`;

export function signAnchor(key: Uint8Array, a: Pick<AuditAnchor, 'id' | 'hash' | 'at'>): AuditAnchor {
  return { ...a, mac: createHmac('sha256', key).update(payload(a)).digest('hex') };
}

export function anchorSignatureValid(key: Uint8Array, a: AuditAnchor): boolean {
  const expected = Buffer.from(signAnchor(key, a).mac, 'hex');
  const given = Buffer.from(String(a.mac), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A JSON file beside the key (the data directory, or ZHUCUN_AUDIT_ANCHOR), replaced atomically. */
export function fileAnchorStore(file: string): AnchorStore {
  return {
    where: file,
    read() {
      try {
        const a = JSON.parse(readFileSync(file, 'utf8')) as Partial<AuditAnchor>;
        if (typeof a.id !== 'number' || typeof a.hash !== 'string' || typeof a.at !== 'string')
          return { id: Number(a.id ?? 0), hash: String(a.hash ?? ''), at: String(a.at ?? ''), mac: '' };
        return { id: a.id, hash: a.hash, at: a.at, mac: String(a.mac ?? '') };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        // An unreadable anchor is reported as forged rather than ignored.
        return { id: 0, hash: '', at: '', mac: '' };
      }
    },
    write(anchor) {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
      renameSync(tmp, file);
    },
  };
}

/** For tests and for databases without a data directory of their own. */
export function memoryAnchorStore(): AnchorStore {
  let current: AuditAnchor | null = null;
  return {
    where: 'memory',
    read: () => current,
    write(anchor) {
      current = anchor;
    },
  };
}
