import { createServer, Server, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** One message as the fake SMTP server received it: envelope and the raw DATA (headers and MIME body). */
export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/**
 * A minimal plain-SMTP server (EHLO, MAIL, RCPT, DATA, RSET, QUIT; no TLS, no auth) that records mails,
 * for pointing nodemailer at with `smtp://127.0.0.1:<port>`. `rejectNext(code)` answers the next
 * MAIL FROM with that code (a 4xx/5xx from the relay).
 */
export class SmtpFake {
  readonly mails: ReceivedMail[] = [];
  url = '';
  private server?: Server;
  private rejections: number[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly sockets = new Set<Socket>();

  async start(): Promise<this> {
    this.server = createServer((socket) => this.session(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  rejectNext(code: number): void {
    this.rejections.push(code);
  }

  waitFor(count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.mails.length < count) return false;
        this.waiters.delete(waiter);
        clearTimeout(timer);
        resolve(this.mails);
        return true;
      };
      const waiter = () => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`${this.mails.length} of ${count} mails within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.waiters.add(waiter);
    });
  }

  private session(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 smtp-fake ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end).replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          this.mails.push(mail);
          mail = { from: '', to: [], data: '' };
          reply('250 2.0.0 queued');
          for (const waiter of [...this.waiters]) waiter();
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 smtp-fake');
        else if (verb === 'MAIL') {
          const code = this.rejections.shift();
          if (code) reply(`${code} rejected by the fake`);
          else {
            mail.from = /<(.*)>/.exec(line)?.[1] ?? '';
            reply('250 OK');
          }
        } else if (verb === 'RCPT') {
          mail.to.push(/<(.*)>/.exec(line)?.[1] ?? '');
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET') {
          mail = { from: '', to: [], data: '' };
          reply('250 OK');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
          return;
        } else reply('250 OK');
      }
    });
  }
}

export function startSmtpFake(): Promise<SmtpFake> {
  return new SmtpFake().start();
}
