import { downloadProtected } from '../api/download';
import { apiClient, type HttpClient } from '../api/http-client';
import type { PatientSearchQuery, PatientSearchResult, PatientView, CreatePatientBody } from './patient-types';
import type { Presence, PresenceStatus, QueueView } from './queue-types';
import type {
  CreateRequestBody,
  DestinationService,
  DestinationServiceAdmin,
  DestinationServiceBody,
  ExpertiseType,
  ExpertiseTypeBody,
  PostEntryKind,
  RequestDetail,
  RequestDocument,
  RequestStatus,
  RequestSummary,
} from './request-types';
import type { FormValues } from './form-types';

const id = (value: string) => encodeURIComponent(value);

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Where a request's document is read (with the caller's token: `getBlob`, ChatImage, ChatFileLink). */
export const requestDocumentPath = (requestId: string, documentId: string) =>
  `/expertise/requests/${id(requestId)}/documents/${id(documentId)}`;

/**
 * Tele-expertise calls to the gateway (`/api/v1`), shared by the requester portal (requests, patient
 * identities, administration) and the expert console (queues, take, answer, presence). Routes: see
 * services/expertise/README.md.
 */
export function createExpertiseApi(http: HttpClient = apiClient) {
  const request = (requestId: string) => `/expertise/requests/${id(requestId)}`;
  return {
    // Patient identities (identity service).
    searchPatients: (search: PatientSearchQuery) => http.get<PatientSearchResult>(`/patients${query({ ...search })}`),
    createPatient: (body: CreatePatientBody) => http.post<PatientView>('/patients', body),

    // What a requester chooses from.
    async listTypes(): Promise<ExpertiseType[]> {
      return (await http.get<{ items: ExpertiseType[] }>('/expertise/types')).items;
    },
    async listServices(filter: { typeId?: string; establishment?: string; specialty?: string } = {}): Promise<DestinationService[]> {
      return (await http.get<{ items: DestinationService[] }>(`/expertise/services${query(filter)}`)).items;
    },

    // Requests.
    async listRequests(status?: RequestStatus): Promise<RequestSummary[]> {
      return (await http.get<{ items: RequestSummary[] }>(`/expertise/requests${query({ status })}`)).items;
    },
    createRequest: (body: CreateRequestBody) => http.post<RequestDetail>('/expertise/requests', body),
    updateDraft: (requestId: string, form: FormValues) => http.put<RequestDetail>(`${request(requestId)}/form`, { form }),
    sendRequest: (requestId: string) => http.post<RequestDetail>(`${request(requestId)}/send`),
    getRequest: (requestId: string) => http.get<RequestDetail>(request(requestId)),
    takeRequest: (requestId: string) => http.post<RequestDetail>(`${request(requestId)}/take`),
    releaseRequest: (requestId: string) => http.post<RequestDetail>(`${request(requestId)}/release`),
    postEntry: (requestId: string, kind: PostEntryKind, text: string) =>
      http.post<RequestDetail>(`${request(requestId)}/messages`, { kind, text }),
    closeRequest: (requestId: string, conclusion: string) => http.post<RequestDetail>(`${request(requestId)}/close`, { conclusion }),
    transferRequest: (requestId: string, colleagueEmail: string, note?: string) =>
      http.post<RequestDetail>(`${request(requestId)}/transfer`, { colleagueEmail, ...(note ? { note } : {}) }),
    uploadDocument: (requestId: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) =>
      http.upload<RequestDocument>(`${request(requestId)}/documents`, file, { onProgress, signal }),
    downloadPdf: (requestId: string, fallbackName: string) => downloadProtected(http, `${request(requestId)}/export.pdf`, fallbackName),

    // The expert side.
    async listQueues(): Promise<QueueView[]> {
      return (await http.get<{ items: QueueView[] }>('/expertise/queues')).items;
    },
    async listQueueRequests(queueId: string): Promise<RequestSummary[]> {
      return (await http.get<{ items: RequestSummary[] }>(`/expertise/queues/${id(queueId)}/requests`)).items;
    },
    getPresence: () => http.get<Presence>('/expertise/presence'),
    setPresence: (status: PresenceStatus) => http.put<Presence>('/expertise/presence', { status }),

    // Administration.
    async adminListTypes(): Promise<ExpertiseType[]> {
      return (await http.get<{ items: ExpertiseType[] }>(`/expertise/types${query({ includeInactive: true })}`)).items;
    },
    createType: (body: ExpertiseTypeBody) => http.post<ExpertiseType>('/expertise/types', body),
    updateType: (typeId: string, body: ExpertiseTypeBody) => http.put<ExpertiseType>(`/expertise/types/${id(typeId)}`, body),
    async adminListServices(): Promise<DestinationServiceAdmin[]> {
      return (await http.get<{ items: DestinationServiceAdmin[] }>('/expertise/admin/services')).items;
    },
    createService: (body: DestinationServiceBody) => http.post<DestinationServiceAdmin>('/expertise/admin/services', body),
    updateService: (serviceId: string, body: DestinationServiceBody) =>
      http.put<DestinationServiceAdmin>(`/expertise/admin/services/${id(serviceId)}`, body),
  };
}

export type ExpertiseApi = ReturnType<typeof createExpertiseApi>;

/** The staff apps' instance (signed-in user's token). */
export const expertiseApi = createExpertiseApi();
