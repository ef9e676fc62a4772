/**
 * Every refusal the server can answer, by a stable machine code: the one
 * list both sides read. The server puts `code` in every error body beside
 * the coarse `error` category older apps know; the apps show the person a
 * sentence of their own, in the screen's language, chosen by `code` (the
 * English `message` is for logs and for people at a terminal). Adding a code
 * here fails the type check until every app that maps codes has a sentence
 * for it.
 *
 * A code, once published, keeps its meaning: an app in the field may still
 * be reading it.
 */

/** The coarse category of an error body's `error` field, unchanged since the first protocol version. */
export const ERROR_CODES = {
  badRequest: 'bad_request',
  tooLarge: 'too_large',
  unknownCode: 'unknown_code',
  unauthorised: 'unauthorised',
  revoked: 'revoked',
  upgradeRequired: 'upgrade_required',
  notFound: 'not_found',
  rateLimited: 'rate_limited',
  /** What was sent clashes with what the server holds (POST /api/orders; a push numbered past the device's last, `sequence_gap`). */
  conflict: 'conflict',
  server: 'server_error',
} as const;
export type ErrorCategory = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Each refusal's code and the category it belongs to. */
export const REFUSALS = {
  /** The body, a header or a parameter does not have the shape the route takes. */
  invalid_request: ERROR_CODES.badRequest,
  /** The body could not be parsed at all (broken JSON). */
  unreadable_request: ERROR_CODES.badRequest,
  /** A push whose mutations are not in increasing sequence order. */
  mutations_out_of_order: ERROR_CODES.badRequest,
  /** The path names something that is not a device id. */
  invalid_device_id: ERROR_CODES.badRequest,
  /** The path names something that is not a SHA-256 digest. */
  invalid_blob_name: ERROR_CODES.badRequest,
  /** A blob upload's size, offset or type headers are wrong. */
  invalid_upload: ERROR_CODES.badRequest,
  /** A blob upload that is not application/octet-stream. */
  upload_not_bytes: ERROR_CODES.badRequest,
  /** A blob upload longer or shorter than the size it announced. */
  upload_size_mismatch: ERROR_CODES.badRequest,
  /** A complete blob whose bytes do not hash to its name. */
  upload_damaged: ERROR_CODES.badRequest,
  /** An order batch naming one customer's reference twice with different fields. */
  order_repeated: ERROR_CODES.badRequest,
  /** An order for a product no card of the team makes (answered 422, naming the product). */
  product_unknown: ERROR_CODES.badRequest,
  request_too_large: ERROR_CODES.tooLarge,
  /** An enrolment code that does not exist or was used already. */
  enrolment_code_unknown: ERROR_CODES.unknownCode,
  /** A device request without a token. */
  device_not_enrolled: ERROR_CODES.unauthorised,
  /** A device token the server does not know (its database was reset, say). */
  device_unknown: ERROR_CODES.unauthorised,
  /** A coordinator request without the right key. */
  coordinator_key_needed: ERROR_CODES.unauthorised,
  /** A sign-in at the coordinator's page with a key that is not the coordinator key. */
  coordinator_key_wrong: ERROR_CODES.unauthorised,
  /** A dashboard request without a valid session (never signed in, signed out, expired or forged). */
  coordinator_session_needed: ERROR_CODES.unauthorised,
  /** A change sent from another site with the coordinator's cookie. */
  coordinator_cross_site: ERROR_CODES.unauthorised,
  /** A chain analysis request with a key this chain does not hold. */
  chain_key_wrong: ERROR_CODES.unauthorised,
  /** A device the coordinator switched off. */
  device_revoked: ERROR_CODES.revoked,
  /** The app speaks a protocol version this route cannot take. */
  protocol_unsupported: ERROR_CODES.upgradeRequired,
  /** The server holds records in a format this app cannot read yet. */
  records_too_new: ERROR_CODES.upgradeRequired,
  /** No such path on this server. */
  path_unknown: ERROR_CODES.notFound,
  device_not_found: ERROR_CODES.notFound,
  team_not_found: ERROR_CODES.notFound,
  /** A week, block, team, site, organisation or chain the dashboard has no snapshot of. */
  snapshot_not_found: ERROR_CODES.notFound,
  /** Chain sync asked of a server that sends to no chain analysis. */
  chain_not_configured: ERROR_CODES.notFound,
  /** The server does not have that photo or clip yet. */
  blob_not_found: ERROR_CODES.notFound,
  /** An order that exists already with other fields: it is edited in coach mode or by importing the call-off again. */
  order_conflict: ERROR_CODES.conflict,
  /** A chain member sending for an organisation its key does not send for (answered 409). */
  chain_organisation_taken: ERROR_CODES.conflict,
  /** A push whose sequence numbers jump more than MAX_SEQ_STEP past what the server has of the device (answered 409; nothing stored). */
  sequence_gap: ERROR_CODES.conflict,
  /** Too many enrolment tries from one network. */
  enrol_rate_limited: ERROR_CODES.rateLimited,
  /** Too many sign-ins at the coordinator's page from one address. */
  sign_in_rate_limited: ERROR_CODES.rateLimited,
  /** A device asking too often, or too many requests from one address with tokens the server does not know. */
  sync_rate_limited: ERROR_CODES.rateLimited,
  /** Too many requests to the coordinator-key routes (admin, orders, dashboard) from one address, or from all together. */
  coordinator_rate_limited: ERROR_CODES.rateLimited,
  /** A photo or clip that does not fit in its team's room on the server (answered 507); the tablet keeps it and sends it later. */
  blob_quota_exceeded: ERROR_CODES.tooLarge,
  /** The chain analysis server did not take what was sent; it is sent again later (answered 502). */
  chain_unreachable: ERROR_CODES.server,
  /** The server failed; nothing was changed. */
  server_error: ERROR_CODES.server,
} as const satisfies Record<string, ErrorCategory>;

export type RefusalCode = keyof typeof REFUSALS;

/**
 * Why the server refused one change of a push, by a stable code in the
 * push result beside the English `reason`. These travel inside a 200 answer,
 * so they have no HTTP category; a tablet keeps the code with the refused
 * change and shows its own sentence for it.
 */
export const CHANGE_REFUSALS = {
  /** A kind this device's role may not write (a kiosk changing the team's set-up). */
  kind_not_for_device: 'kind_not_for_device',
  /** A kiosk removing a slot from the rota. */
  rota_kiosk_no_remove: 'rota_kiosk_no_remove',
  /** A rota slot from a kiosk with no member signed in. */
  rota_not_signed_in: 'rota_not_signed_in',
  /** A member placing someone else, or a slot claiming another member placed it. */
  rota_not_yourself: 'rota_not_yourself',
  /** A kiosk slot that claims the coach or the optimiser placed it, or is not a pin. */
  rota_member_pin_only: 'rota_member_pin_only',
  /** A kiosk slot carrying a coach's override reason or marked as a late change. */
  rota_kiosk_no_override: 'rota_kiosk_no_override',
  /** A kiosk slot on a week the team agreed or the coach published. */
  rota_week_not_draft: 'rota_week_not_draft',
  /** A record bigger than its kind's byte limit (the registry's maxBytes): only a broken or forged app sends one. */
  record_too_large: 'record_too_large',
  /**
   * A change naming a record its team does not hold (the registry's references): answered alike
   * whether the id is another team's or nobody's, so it tells nothing of other teams.
   */
  reference_not_found: 'reference_not_found',
} as const;

export type ChangeRefusalCode = keyof typeof CHANGE_REFUSALS;

/** Whether a code from a push result is one this app knows. */
export function isChangeRefusalCode(value: unknown): value is ChangeRefusalCode {
  return typeof value === 'string' && Object.hasOwn(CHANGE_REFUSALS, value);
}

/** Whether a code from the wire is one this app knows (a newer server may send one it does not). */
export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === 'string' && Object.hasOwn(REFUSALS, value);
}
