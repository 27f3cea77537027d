import { z } from 'zod';
import { defineRpc } from '../contract';
import { staffActorSchema } from '../identity/actor';
import { emailSchema } from '../identity/auth';
import { patientViewSchema } from '../identity/patients';
import { languageSchema } from '../invitations/invites';
import { ATTACHMENT_TYPES, CONSENT_GIVERS } from '../value-lists';
import { formDefinitionSchema, formValuesSchema } from './forms';

/**
 * Tele-expertise requests (expertise owns them). Lifecycle, written once in the expertise domain:
 *   draft ─send→ sent ─take→ taken ─answer→ answered ─close→ closed
 *                 ↑ release ─┘  (taken or answered may also be closed by the expert who took it)
 * `take` is atomic: of two experts taking at once, exactly one wins, the other gets CONFLICT (409).
 * The patient is a reference to identity's patient identity (`patientId`); expertise never stores the
 * NIR or the names, and reads the identity from identity (which audits the read) when a request is opened.
 */
export const REQUEST_STATUSES = ['draft', 'sent', 'taken', 'answered', 'closed'] as const;
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/** `async`: a written answer later; `live`: a session (chat + call) opens, the expert who takes it calls. */
export const REQUEST_MODES = ['async', 'live'] as const;
export const requestModeSchema = z.enum(REQUEST_MODES);
export type RequestMode = z.infer<typeof requestModeSchema>;

/**
 * Thread entries. `message`: the requester adds information; `answer`: the expert's answer (the first one
 * moves the request to answered, the requester is e-mailed); `info-request`: the expert asks for more
 * (the requester is notified); `document`: a file attached; the others record what happened.
 */
export const THREAD_ENTRY_KINDS = [
  'message',
  'answer',
  'info-request',
  'document',
  'sent',
  'taken',
  'released',
  'transferred',
  'closed',
] as const;
export const threadEntryKindSchema = z.enum(THREAD_ENTRY_KINDS);

export const threadEntrySchema = z.object({
  id: z.string().uuid(),
  seq: z.number().int().positive(),
  kind: threadEntryKindSchema,
  authorUserId: z.string().uuid(),
  authorName: z.string(),
  authorRole: z.enum(['requester', 'expert']),
  /** The text of messages, answers and info requests, the conclusion of `closed`, a transfer's note. */
  text: z.string().nullable(),
  documentId: z.string().uuid().nullable(),
  createdAt: z.string().datetime(),
});
export type ThreadEntry = z.infer<typeof threadEntrySchema>;

export const requestDocumentSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  mimeType: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().positive(),
  uploadedByUserId: z.string().uuid(),
  createdAt: z.string().datetime(),
});
export type RequestDocument = z.infer<typeof requestDocumentSchema>;

export const transferSchema = z.object({
  id: z.string().uuid(),
  fromUserId: z.string().uuid(),
  fromName: z.string(),
  toUserId: z.string().uuid(),
  toName: z.string(),
  note: z.string().nullable(),
  createdAt: z.string().datetime(),
});
export type Transfer = z.infer<typeof transferSchema>;

/** For lists (dashboard, queues): no patient data at all. */
export const requestSummarySchema = z.object({
  id: z.string().uuid(),
  status: requestStatusSchema,
  mode: requestModeSchema,
  typeId: z.string().uuid(),
  typeName: z.string(),
  queueId: z.string().uuid(),
  queueName: z.string(),
  /** The requester who holds it now (the creator, or the colleague it was transferred to). */
  requesterUserId: z.string().uuid(),
  requesterName: z.string(),
  takenByUserId: z.string().uuid().nullable(),
  takenByName: z.string().nullable(),
  language: languageSchema,
  createdAt: z.string().datetime(),
  sentAt: z.string().datetime().nullable(),
  takenAt: z.string().datetime().nullable(),
  firstAnsweredAt: z.string().datetime().nullable(),
  closedAt: z.string().datetime().nullable(),
  lastActivityAt: z.string().datetime(),
  /** For the requester: an expert wrote (answer, info request) since they last opened the request. */
  unread: z.boolean(),
  /** The chat session of a live request (null for async ones). */
  sessionId: z.string().uuid().nullable(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestDetailSchema = requestSummarySchema.extend({
  patient: patientViewSchema,
  /** The type's form as it was when the request was created, and the values typed in it. */
  formDefinition: formDefinitionSchema,
  form: formValuesSchema,
  conclusion: z.string().nullable(),
  consent: z.object({ givenBy: z.enum(CONSENT_GIVERS), recordedAt: z.string().datetime(), recordedByUserId: z.string().uuid() }),
  documents: z.array(requestDocumentSchema),
  thread: z.array(threadEntrySchema),
  transfers: z.array(transferSchema),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

/**
 * Creates a draft (the form may be incomplete; documents are attached to the draft, then it is sent).
 * The patient must be an identity of the caller's organisation (NOT_FOUND otherwise); the type must be
 * handled by the destination service (UNPROCESSABLE `queueId: type_not_handled` otherwise).
 */
export const createRequestBodySchema = z
  .object({
    typeId: z.string().uuid(),
    queueId: z.string().uuid(),
    patientId: z.string().uuid(),
    mode: requestModeSchema.default('async'),
    /** The language the requester is written to in (answered / info-request e-mails). */
    language: languageSchema.default('en'),
    form: formValuesSchema.default({}),
    /** The requester confirms the patient's (or legal representative's) consent to this request, and when. */
    consent: z.object({ givenBy: z.enum(CONSENT_GIVERS), recordedAt: z.string().datetime({ offset: true }) }).strict(),
  })
  .strict();
export type CreateRequestBody = z.output<typeof createRequestBodySchema>;

/** Replaces a draft's form values (only while draft). */
export const updateDraftBodySchema = z.object({ form: formValuesSchema }).strict();

const entryText = z.string().trim().min(1).max(20_000);

/** `message` by the requester; `answer` and `info-request` by the expert who took the request. */
export const postEntryBodySchema = z
  .object({ kind: z.enum(['message', 'answer', 'info-request']), text: entryText })
  .strict();
export type PostEntryBody = z.output<typeof postEntryBodySchema>;

export const closeRequestBodySchema = z.object({ conclusion: entryText }).strict();

/** To another requester of the platform, by e-mail (NOT_FOUND when there is none, UNPROCESSABLE for oneself). */
export const transferRequestBodySchema = z
  .object({ colleagueEmail: emailSchema, note: z.string().trim().max(2000).optional() })
  .strict();
export type TransferRequestBody = z.output<typeof transferRequestBodySchema>;

export const listRequestsQuerySchema = z
  .object({
    status: requestStatusSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

const requestRef = z.object({ actor: staffActorSchema, requestId: z.string().uuid() }).strict();

export const expertiseRequestCreate = defineRpc(
  'expertise.request.create.v1',
  z.object({ actor: staffActorSchema, body: createRequestBodySchema }).strict(),
  requestDetailSchema,
);
export const expertiseRequestUpdateDraft = defineRpc(
  'expertise.request.update-draft.v1',
  requestRef.extend({ body: updateDraftBodySchema }).strict(),
  requestDetailSchema,
);
/** Draft → sent: the form is checked against the type's definition (UNPROCESSABLE with `form.<key>` issues). */
export const expertiseRequestSend = defineRpc('expertise.request.send.v1', requestRef, requestDetailSchema);

/** The requester's dashboard: requests they hold or that were transferred to them, newest first. */
export const expertiseRequestList = defineRpc(
  'expertise.request.list.v1',
  z.object({ actor: staffActorSchema, query: listRequestsQuerySchema }).strict(),
  z.object({ items: z.array(requestSummarySchema) }),
);

/**
 * Readable by the requester who holds it, those who transferred it (and the colleague it went to), and
 * the experts of its queue (once sent). Everyone else: NOT_FOUND (its existence is not revealed).
 * Opening it as its requester marks it read.
 */
export const expertiseRequestGet = defineRpc('expertise.request.get.v1', requestRef, requestDetailSchema);

/** An expert of the queue; CONFLICT if it is no longer waiting (another expert took it first). */
export const expertiseRequestTake = defineRpc('expertise.request.take.v1', requestRef, requestDetailSchema);
/** Back to the queue, by the expert who took it, before it was answered. */
export const expertiseRequestRelease = defineRpc('expertise.request.release.v1', requestRef, requestDetailSchema);
export const expertiseRequestPost = defineRpc(
  'expertise.request.post.v1',
  requestRef.extend({ body: postEntryBodySchema }).strict(),
  requestDetailSchema,
);
export const expertiseRequestClose = defineRpc(
  'expertise.request.close.v1',
  requestRef.extend({ body: closeRequestBodySchema }).strict(),
  requestDetailSchema,
);
export const expertiseRequestTransfer = defineRpc(
  'expertise.request.transfer.v1',
  requestRef.extend({ body: transferRequestBodySchema }).strict(),
  requestDetailSchema,
);

/** The gateway stored an upload in `expertise-uploads`; expertise checks it (magic bytes, size) and keeps it. */
export const EXPERTISE_UPLOADS_BUCKET = 'expertise-uploads';
export const EXPERTISE_DOCUMENTS_BUCKET = 'expertise-documents';
export const EXPERTISE_EXPORTS_BUCKET = 'expertise-exports';

export const expertiseDocumentAttach = defineRpc(
  'expertise.document.attach.v1',
  requestRef.extend({ uploadObject: z.string().min(1).max(200), fileName: z.string().min(1).max(255) }).strict(),
  requestDocumentSchema,
);
export const storedObjectSchema = z.object({
  bucket: z.string(),
  objectName: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
});
export const expertiseDocumentGet = defineRpc(
  'expertise.document.get.v1',
  requestRef.extend({ documentId: z.string().uuid() }).strict(),
  storedObjectSchema,
);
/** The PDF of the request (identity, form, documents list, thread, conclusion) for the patient's record. */
export const expertiseRequestExport = defineRpc('expertise.request.export.v1', requestRef, storedObjectSchema);
