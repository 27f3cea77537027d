import { DomainError } from '@passerelle/contracts';
import { cleanFileName, detectAllowedType, refuseUpload, sizeProblem } from './upload-rules';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('upload rules', () => {
  it('recognises JPEG, PNG and PDF by their first bytes', () => {
    expect(detectAllowedType(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00))).toBe('image/jpeg');
    expect(detectAllowedType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00))).toBe('image/png');
    expect(detectAllowedType(ascii('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses what only claims to be one of them', () => {
    expect(detectAllowedType(ascii('MZ\x90\x00 this program cannot be run in DOS mode'))).toBeNull(); // .exe renamed .pdf
    expect(detectAllowedType(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectAllowedType(ascii('%PDF'))).toBeNull(); // truncated signature
    expect(detectAllowedType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(detectAllowedType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectAllowedType(new Uint8Array())).toBeNull();
  });

  it('checks size before content: empty, within the cap, over the cap', () => {
    expect(sizeProblem(0, 100)).toBe('empty');
    expect(sizeProblem(1, 100)).toBeNull();
    expect(sizeProblem(100, 100)).toBeNull();
    expect(sizeProblem(101, 100)).toBe('too_large');
  });

  it('refuses with UNPROCESSABLE and an issue on `file`', () => {
    const error = refuseUpload('type_not_allowed');
    expect(error).toBeInstanceOf(DomainError);
    expect(error.toBody()).toEqual({
      code: 'UNPROCESSABLE',
      message: 'Only JPEG and PNG photos and PDF documents can be shared',
      issues: [{ path: 'file', problem: 'type_not_allowed' }],
    });
    expect(refuseUpload('too_large').issues).toEqual([{ path: 'file', problem: 'too_large' }]);
    expect(refuseUpload('empty').issues).toEqual([{ path: 'file', problem: 'empty' }]);
  });

  it('keeps file names displayable and path-free', () => {
    expect(cleanFileName('x-ray.png')).toBe('x-ray.png');
    expect(cleanFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(cleanFileName('a\r\nb.pdf')).toBe('a_b.pdf');
    expect(cleanFileName('/')).toBe('_');
  });
});
