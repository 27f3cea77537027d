import type { Locale } from '../i18n/locales';
import type { FormDefinition, FormValues } from './form-types';
import type { PatientConsent, PatientView } from './patient-types';

/**
 * Tele-expertise as the browser sees it (`/api/v1/expertise/...`), mirroring
 * libs/contracts/src/expertise/{catalog,requests}.ts. Keep them in step.
 */
export const REQUEST_STATUSES = ['draft', 'sent', 'taken', 'answered', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** `async`: a written answer later; `live`: a session (chat + call) opens when an expert takes it. */
export type RequestMode = 'async' | 'live';

export interface ExpertiseType {
  id: string;
  name: string;
  description: string | null;
  form: FormDefinition;
  active: boolean;
  createdAt: string;
}

export interface ExpertiseTypeBody {
  name: string;
  description: string | null;
  form: FormDefinition;
  active: boolean;
}

/** A destination service (an establishment's specialty team) is a queue: its experts take its requests. */
export interface DestinationService {
  id: string;
  name: string;
  establishment: string;
  specialty: string;
  expertiseTypeIds: string[];
  active: boolean;
  createdAt: string;
}

export interface DestinationServiceAdmin extends DestinationService {
  expertUserIds: string[];
}

export type DestinationServiceBody = Omit<DestinationServiceAdmin, 'id' | 'createdAt'>;

export type ThreadEntryKind =
  | 'message'
  | 'answer'
  | 'info-request'
  | 'document'
  | 'sent'
  | 'taken'
  | 'released'
  | 'transferred'
  | 'closed';

export interface ThreadEntry {
  id: string;
  seq: number;
  kind: ThreadEntryKind;
  authorUserId: string;
  authorName: string;
  authorRole: 'requester' | 'expert';
  text: string | null;
  documentId: string | null;
  createdAt: string;
}

export interface RequestDocument {
  id: string;
  name: string;
  mimeType: 'image/jpeg' | 'image/png' | 'application/pdf';
  size: number;
  uploadedByUserId: string;
  createdAt: string;
}

export interface Transfer {
  id: string;
  fromUserId: string;
  fromName: string;
  toUserId: string;
  toName: string;
  note: string | null;
  createdAt: string;
}

/** Lists (dashboard, queues) carry no patient data. */
export interface RequestSummary {
  id: string;
  status: RequestStatus;
  mode: RequestMode;
  typeId: string;
  typeName: string;
  queueId: string;
  queueName: string;
  requesterUserId: string;
  requesterName: string;
  takenByUserId: string | null;
  takenByName: string | null;
  language: Locale;
  createdAt: string;
  sentAt: string | null;
  takenAt: string | null;
  firstAnsweredAt: string | null;
  closedAt: string | null;
  lastActivityAt: string;
  /** For the requester: an expert wrote since they last opened it. */
  unread: boolean;
  sessionId: string | null;
}

export interface RequestDetail extends RequestSummary {
  patient: PatientView;
  formDefinition: FormDefinition;
  form: FormValues;
  conclusion: string | null;
  /** The patient's consent to this request, confirmed by the requester who created it. */
  consent: PatientConsent & { recordedByUserId: string };
  documents: RequestDocument[];
  thread: ThreadEntry[];
  transfers: Transfer[];
}

export interface CreateRequestBody {
  typeId: string;
  queueId: string;
  patientId: string;
  mode: RequestMode;
  language: Locale;
  form: FormValues;
  consent: PatientConsent;
}

export type PostEntryKind = 'message' | 'answer' | 'info-request';
