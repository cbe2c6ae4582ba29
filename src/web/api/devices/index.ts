import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeviceList, DeviceView } from '../../../shared/contracts/devices';
import { http } from '../../app/http';

export type { DeviceView };

// The phone app's device sessions (issue 11 item 1): a cadre account's devices, seen and signed out by the
// county's user administrators (devices.manage).
export const deviceKeys = { of: (userId: string) => ['devices', userId] as const };

export function useDevices(userId: string | undefined) {
  return useQuery({
    queryKey: deviceKeys.of(userId ?? ''),
    queryFn: ({ signal }) => http.get<DeviceList>('/api/devices', { query: { userId }, signal }),
    enabled: Boolean(userId),
  });
}

export function useRevokeDevice(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.delete<void>(`/api/devices/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: deviceKeys.of(userId) }),
  });
}
