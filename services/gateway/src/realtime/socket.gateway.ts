import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AccessTokenVerifier } from '../auth/access-token-verifier';
import { Principal } from '../auth/principal';

export const userRoom = (userId: string) => `user:${userId}`;

/**
 * socket.io at /ws. The handshake must carry the same access token as REST (`auth: { token }`); each
 * socket joins its user's room, where later issues push events (guest waiting, messages, queues).
 */
@WebSocketGateway({ path: '/ws', serveClient: false, cors: false })
export class SocketGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('SocketGateway');
  @WebSocketServer() server!: Server;

  constructor(private readonly verifier: AccessTokenVerifier) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token = socket.handshake.auth?.token;
      if (typeof token !== 'string' || token.length === 0) return next(new Error('UNAUTHENTICATED'));
      this.verifier
        .verify(token)
        .then((principal) => {
          socket.data.principal = principal;
          next();
        })
        .catch((error: { code?: string }) => next(new Error(error.code ?? 'TOKEN_INVALID')));
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const principal = socket.data.principal as Principal;
    await socket.join(userRoom(principal.userId));
    socket.emit('ready', { userId: principal.userId });
    this.logger.debug(`socket connected for a ${principal.kind}`);
  }
}
