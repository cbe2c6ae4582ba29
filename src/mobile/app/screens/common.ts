import { useEffect, useState } from 'react';
import { useMobile } from '../context';
import type { Ledger } from '../data';
import { keep, type QueueItem, type QueueKind } from '../queue';

/** The queued item being fixed or finished (a refused one or a draft), when the form was opened for it. */
export function useEditing(editId: string | undefined): QueueItem | undefined {
  const { queue } = useMobile();
  const [item, setItem] = useState<QueueItem>();
  useEffect(() => {
    if (editId && !item) setItem(queue.find((i) => i.id === editId));
  }, [editId, queue, item]);
  return item;
}

/** Keeps the form's action on the phone — sent at once when there is signal — and shows the outbox. */
export async function submit(
  kind: QueueKind,
  body: Record<string, unknown>,
  state: 'draft' | 'waiting',
  editing: QueueItem | undefined,
  extra: { target?: string; photo?: Blob | null } = {},
) {
  await keep(
    {
      kind,
      body,
      ...(editing ? { id: editing.id, createdAt: editing.createdAt } : {}),
      ...(extra.target ? { target: extra.target } : {}),
      ...(extra.photo ? { photo: extra.photo } : {}),
    },
    state,
  );
  location.hash = '#/queue';
}

/** Working days between two dates, from the kept month of the work calendar where it covers them. */
export function estimateWorkingDays(ledger: Ledger | undefined, startOn: string, endOn: string): number {
  const kinds = new Map((ledger?.days ?? []).map((d) => [d.date, d.dayKind]));
  let n = 0;
  for (
    let d = new Date(`${startOn}T00:00:00Z`);
    d <= new Date(`${endOn}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const iso = d.toISOString().slice(0, 10);
    const kind = kinds.get(iso) ?? (d.getUTCDay() === 0 || d.getUTCDay() === 6 ? 'rest' : 'working');
    if (kind === 'working') n++;
    if (n > 400) break;
  }
  return n;
}

export const isoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
