import type { PostEntryBody, ThreadEntry } from '@passerelle/contracts';

/**
 * Tele-expertise as the browser receives and sends it (`/api/v1/expertise/...`): the contracts' types
 * (libs/contracts/src/expertise/{catalog,requests}.ts).
 */
export type {
  CreateRequestBody,
  DestinationService,
  DestinationServiceAdmin,
  DestinationServiceBody,
  ExpertiseType,
  ExpertiseTypeBody,
  RequestDetail,
  RequestDocument,
  RequestMode,
  RequestStatus,
  RequestSummary,
  ThreadEntry,
  Transfer,
} from '@passerelle/contracts';

export type ThreadEntryKind = ThreadEntry['kind'];
export type PostEntryKind = PostEntryBody['kind'];
