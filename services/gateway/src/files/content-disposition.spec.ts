import { contentDisposition, safeFileName } from './content-disposition';

describe('contentDisposition', () => {
  it('keeps plain names and encodes the exact name for modern browsers', () => {
    expect(contentDisposition('inline', 'photo.png')).toBe(`inline; filename="photo.png"; filename*=UTF-8''photo.png`);
    expect(contentDisposition('attachment', 'résultat (1).pdf')).toBe(
      `attachment; filename="r_sultat (1).pdf"; filename*=UTF-8''r%C3%A9sultat%20%281%29.pdf`,
    );
  });

  it('cannot be broken out of by quotes, line breaks or paths', () => {
    const header = contentDisposition('attachment', '../../etc/"evil"\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="_evil_Set-Cookie: x=1.pdf"; filename\*=UTF-8''%22evil%22Set-Cookie%3A%20x%3D1.pdf$/);
  });
});

describe('safeFileName', () => {
  it('keeps the last path segment and never returns an empty name', () => {
    expect(safeFileName('C:\\Users\\me\\scan.pdf')).toBe('scan.pdf');
    expect(safeFileName('  ')).toBe('file');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('a'.repeat(300))).toHaveLength(255);
  });
});
