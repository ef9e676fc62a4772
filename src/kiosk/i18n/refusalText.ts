/**
 * The sentence a screen shows for a server's refusal, in the screen's
 * language, chosen by the refusal's code: never the server's English
 * message. The record below must name every code of errorCodes.ts (the
 * compiler says which one is missing); a code this app does not know (a
 * newer server) gets a general sentence for its kind of failure.
 */
import type { TFunction } from 'i18next';
import { isChangeRefusalCode, isRefusalCode, type ChangeRefusalCode, type RefusalCode } from '#shared/errorCodes.ts';
import { TransportError } from '#sync/Transport.ts';

// For i18next-cli, every key below as a call:
// t('refusals.invalidRequest') t('refusals.unreadableRequest') t('refusals.mutationsOutOfOrder') t('refusals.invalidDeviceId')
// t('refusals.invalidBlobName') t('refusals.invalidUpload') t('refusals.uploadNotBytes') t('refusals.uploadSizeMismatch')
// t('refusals.uploadDamaged') t('refusals.orderRepeated') t('refusals.productUnknown') t('refusals.orderConflict') t('refusals.requestTooLarge') t('refusals.enrolmentCodeUnknown') t('refusals.deviceNotEnrolled')
// t('refusals.deviceUnknown') t('refusals.coordinatorKeyNeeded') t('refusals.deviceRevoked') t('refusals.protocolUnsupported')
// t('refusals.recordsTooNew') t('refusals.pathUnknown') t('refusals.deviceNotFound') t('refusals.teamNotFound')
// t('refusals.blobNotFound') t('refusals.blobQuotaExceeded') t('refusals.enrolRateLimited') t('refusals.syncRateLimited') t('refusals.serverError')
// t('refusals.offline') t('refusals.unknown')
// t('refusals.kindNotForDevice') t('refusals.rotaKioskNoRemove') t('refusals.rotaNotSignedIn') t('refusals.rotaNotYourself')
// t('refusals.rotaMemberPinOnly') t('refusals.rotaKioskNoOverride') t('refusals.rotaWeekNotDraft') t('refusals.referenceNotFound')
const REFUSAL_TEXT = {
  invalid_request: 'refusals.invalidRequest',
  unreadable_request: 'refusals.unreadableRequest',
  mutations_out_of_order: 'refusals.mutationsOutOfOrder',
  invalid_device_id: 'refusals.invalidDeviceId',
  invalid_blob_name: 'refusals.invalidBlobName',
  invalid_upload: 'refusals.invalidUpload',
  upload_not_bytes: 'refusals.uploadNotBytes',
  upload_size_mismatch: 'refusals.uploadSizeMismatch',
  upload_damaged: 'refusals.uploadDamaged',
  blob_quota_exceeded: 'refusals.blobQuotaExceeded',
  order_repeated: 'refusals.orderRepeated',
  product_unknown: 'refusals.productUnknown',
  request_too_large: 'refusals.requestTooLarge',
  enrolment_code_unknown: 'refusals.enrolmentCodeUnknown',
  device_not_enrolled: 'refusals.deviceNotEnrolled',
  device_unknown: 'refusals.deviceUnknown',
  coordinator_key_needed: 'refusals.coordinatorKeyNeeded',
  // The dashboard's and the chain's refusals never reach a tablet; were one to, it reads as the key's.
  coordinator_key_wrong: 'refusals.coordinatorKeyNeeded',
  coordinator_session_needed: 'refusals.coordinatorKeyNeeded',
  coordinator_cross_site: 'refusals.coordinatorKeyNeeded',
  chain_key_wrong: 'refusals.coordinatorKeyNeeded',
  device_revoked: 'refusals.deviceRevoked',
  protocol_unsupported: 'refusals.protocolUnsupported',
  records_too_new: 'refusals.recordsTooNew',
  path_unknown: 'refusals.pathUnknown',
  device_not_found: 'refusals.deviceNotFound',
  team_not_found: 'refusals.teamNotFound',
  snapshot_not_found: 'refusals.pathUnknown',
  chain_not_configured: 'refusals.pathUnknown',
  blob_not_found: 'refusals.blobNotFound',
  order_conflict: 'refusals.orderConflict',
  chain_organisation_taken: 'refusals.pathUnknown',
  // Only a broken app or a server restored from a backup meets it, and the tablet keeps its changes:
  // the indicator says "server problem", and the way out is someone who can enrol the tablet again.
  sequence_gap: 'refusals.invalidRequest',
  enrol_rate_limited: 'refusals.enrolRateLimited',
  sync_rate_limited: 'refusals.syncRateLimited',
  sign_in_rate_limited: 'refusals.enrolRateLimited',
  // Coordinator routes answer people at a browser or a script, never a tablet; were one to, it reads as "too many tries".
  coordinator_rate_limited: 'refusals.enrolRateLimited',
  chain_unreachable: 'refusals.serverError',
  server_error: 'refusals.serverError',
} as const satisfies Record<RefusalCode, `refusals.${string}`>;

/** One refused change of a push (the push result's `code`), shown where the change was made. */
const CHANGE_REFUSAL_TEXT = {
  kind_not_for_device: 'refusals.kindNotForDevice',
  rota_kiosk_no_remove: 'refusals.rotaKioskNoRemove',
  rota_not_signed_in: 'refusals.rotaNotSignedIn',
  rota_not_yourself: 'refusals.rotaNotYourself',
  rota_member_pin_only: 'refusals.rotaMemberPinOnly',
  rota_kiosk_no_override: 'refusals.rotaKioskNoOverride',
  rota_week_not_draft: 'refusals.rotaWeekNotDraft',
  // The schemas keep every record a tablet makes under its limit, so only a broken app meets it.
  record_too_large: 'refusals.requestTooLarge',
  // What the change named is not the team's: only a broken or forged app meets it.
  reference_not_found: 'refusals.referenceNotFound',
} as const satisfies Record<ChangeRefusalCode, `refusals.${string}`>;

type Failure = TransportError['failure'] | 'error';

/** The sentence for a refusal code as sent (null when none came), and the kind of failure it came with. */
export function refusalText(t: TFunction, code: string | null | undefined, failure: Failure): string {
  if (isRefusalCode(code)) return t(REFUSAL_TEXT[code]);
  if (isChangeRefusalCode(code)) return t(CHANGE_REFUSAL_TEXT[code]);
  if (failure === 'offline') return t('refusals.offline');
  if (failure === 'server') return t('refusals.serverError');
  return t('refusals.unknown');
}

/** The sentence for a change the server refused (a RejectionRow's code): a code this app does not know gets the general one. */
export function changeRefusalText(t: TFunction, code: string | null | undefined): string {
  return isChangeRefusalCode(code) ? t(CHANGE_REFUSAL_TEXT[code]) : t('refusals.unknown');
}

/** The sentence for whatever a request to the server threw. */
export function refusalTextOf(t: TFunction, error: unknown): string {
  return error instanceof TransportError ? refusalText(t, error.code, error.failure) : t('refusals.unknown');
}
