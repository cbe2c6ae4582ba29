// Heart-to-heart talks (P21.6-talk / P17.6.4-talk: 经常性谈心谈话). The settings name how long a cadre may go
// without one (`talkIntervalMonths`); who may read a talk's notes is decided here.
import { addMonths, type IsoDate, isBefore } from '../time';

/** The first day of the window: a talk on or after it counts (`on` minus the interval, same day of month). */
export const talkWindowStart = (on: IsoDate, intervalMonths: number): IsoDate =>
  addMonths(on, -intervalMonths);

/** Whether a cadre whose last talk was on `lastTalkOn` (or never) is due for one on `on`. */
export const talkDue = (lastTalkOn: IsoDate | null, on: IsoDate, intervalMonths: number): boolean =>
  lastTalkOn === null || isBefore(lastTalkOn, talkWindowStart(on, intervalMonths));

export interface TalkOffice {
  office: string;
  officeRegion: string | null;
  officeUnitId: string | null;
  talkerUserId: string | null;
}
export interface NotesReader {
  userId: string | null;
  roles: readonly string[];
  national: boolean;
  regions: readonly string[];
  units: readonly string[];
}

/**
 * The notes of a talk are read only by the talker's office — the talker, or a user of the same role over the
 * same region or unit — and by the organisation department (org_admin) whose regions hold the cadre's village
 * (P21.6-talk). Nobody else, the system administrator included.
 */
export function mayReadNotes(reader: NotesReader, talk: TalkOffice, villageCode: string): boolean {
  if (talk.talkerUserId && reader.userId === talk.talkerUserId) return true;
  if (reader.roles.includes(talk.office)) {
    if (talk.officeRegion && reader.regions.includes(talk.officeRegion)) return true;
    if (talk.officeUnitId && reader.units.includes(talk.officeUnitId)) return true;
  }
  if (reader.roles.includes('org_admin')) {
    if (reader.regions.some((p) => villageCode.startsWith(p))) return true;
  }
  return false;
}
