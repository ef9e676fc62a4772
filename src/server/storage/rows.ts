/** Row shapes as the SQL in this folder selects them. */
import type { DeviceRole } from '#shared/protocol.ts';
import type { RecordKind } from '#shared/records.ts';

export interface DeviceRow {
  id: string;
  team_id: string;
  role: DeviceRole;
  revoked_at: Date | null;
  high_water_mark: number;
}

export interface RecordRow {
  id: string;
  team_id: string;
  kind: RecordKind;
  data: Record<string, unknown> | null;
  field_hlc: Record<string, string>;
  version: number;
  deleted: boolean;
  server_seq: number;
}

export interface TeamInfoRow {
  id: string;
  name: string;
  site_name: string;
  organisation_name: string;
}
