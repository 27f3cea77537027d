import { DomainError, ErrorCode, FileInfo } from '@passerelle/contracts';

export type AllowedMimeType = FileInfo['mimeType'];
export type UploadProblem = 'empty' | 'too_large' | 'type_not_allowed';

/** The allowlist, by content: a file is what its first bytes say, whatever its name claims. */
const SIGNATURES: ReadonlyArray<{ mimeType: AllowedMimeType; magic: readonly number[] }> = [
  { mimeType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

export function detectAllowedType(bytes: Uint8Array): AllowedMimeType | null {
  const match = SIGNATURES.find(({ magic }) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b));
  return match?.mimeType ?? null;
}

/** Size is checked first, so an oversize upload is refused without being read. */
export function sizeProblem(size: number, maxBytes: number): UploadProblem | null {
  if (size <= 0) return 'empty';
  if (size > maxBytes) return 'too_large';
  return null;
}

export function refuseUpload(problem: UploadProblem): DomainError {
  const messages: Record<UploadProblem, string> = {
    empty: 'The file is empty',
    too_large: 'The file is larger than allowed',
    type_not_allowed: 'Only JPEG and PNG photos and PDF documents can be shared',
  };
  return new DomainError(ErrorCode.UNPROCESSABLE, messages[problem], [{ path: 'file', problem }]);
}

/** The name is shown and used in downloads: no path, no control characters. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\]+/g, '_').trim();
  return cleaned.slice(0, 255) || 'file';
}
