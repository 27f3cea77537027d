import { checkAttachment, formatFileSize, sniffAttachmentType } from './file-check';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffAttachmentType', () => {
  it('recognises JPEG, PNG and PDF by their first bytes', () => {
    expect(sniffAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
  });

  it('refuses anything else, such as a program renamed .pdf', () => {
    expect(sniffAttachmentType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
    expect(sniffAttachmentType(bytes())).toBeNull();
  });
});

describe('checkAttachment', () => {
  it('accepts a PDF and refuses empty, oversize and disguised files', async () => {
    await expect(checkAttachment(new Blob(['%PDF-1.4 hello']))).resolves.toBeNull();
    await expect(checkAttachment(new Blob([]))).resolves.toBe('empty');
    await expect(checkAttachment(new Blob(['%PDF-1.4 too big']), 8)).resolves.toBe('too_large');
    await expect(checkAttachment(new Blob(['MZ not a pdf']))).resolves.toBe('type_not_allowed');
  });
});

describe('formatFileSize', () => {
  it('writes sizes for people', () => {
    expect(formatFileSize(10 * 1024 * 1024, 'en')).toBe('10 MB');
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(12, 'en')).toBe('12B');
  });
});
