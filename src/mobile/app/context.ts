import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../shared/contracts/session';
import type { MyData } from './data';
import type { QueueItem } from './queue';

export interface Mobile {
  session: SessionInfo;
  data: MyData | undefined;
  queue: QueueItem[];
  online: boolean;
  reload: () => Promise<void>;
  signOut: () => Promise<void>;
}
export const MobileContext = createContext<Mobile | null>(null);
export const useMobile = () => {
  const m = useContext(MobileContext);
  if (!m) throw new Error('outside the signed-in app');
  return m;
};
