/**
 * `GET /containers/{id}/attach/ws`: attach over a WebSocket, as dockerd serves it. Output is never
 * multiplexed (each write is one frame; from API 1.28 binary frames, before that text frames), the
 * client's data frames are the container's input, and its close frame ends the session. Before API
 * 1.42 the stdin/stdout/stderr parameters are ignored and all three streams attached. `logs=1`
 * replays the log first; without `stream=1` the session ends after that.
 */
import { boolParam, compareVersions, type Route } from '../router';
import { detachKeysOption } from '../detach-keys';
import { acceptWebSocket, Opcode, refuseWebSocket, webSocketRefusal } from '../websocket';
import { hijackSession, type ClientSink, type ContainerBackend } from './containers';

type AttachWsBackend = Pick<ContainerBackend, 'attach' | 'inspect' | 'logs'>;

export function containerAttachWsRoutes(backend: AttachWsBackend): Route[] {
  return [
    {
      method: 'GET',
      path: '/containers/{id}/attach/ws',
      handler: async (ctx) => {
        const { query, params, version } = ctx.req;
        const all = compareVersions(version, '1.42') < 0;
        const opts = {
          stdin: all || boolParam(query, 'stdin'),
          stdout: all || boolParam(query, 'stdout'),
          stderr: all || boolParam(query, 'stderr'),
        };
        const logs = boolParam(query, 'logs');
        const stream = boolParam(query, 'stream');
        const detachKeys = detachKeysOption(query.get('detachKeys'));
        // dockerd finds the container (404) before it looks at the handshake.
        const { Config } = backend.inspect(params.id);
        const refusal = webSocketRefusal(ctx);
        if (refusal) {
          refuseWebSocket(ctx, refusal);
          return 'handled';
        }
        const opcode = compareVersions(version, '1.28') >= 0 ? Opcode.Binary : Opcode.Text;
        const open = async (sink: ClientSink) => {
          if (logs && (opts.stdout || opts.stderr)) {
            for await (const entry of backend.logs(params.id, { stdout: opts.stdout, stderr: opts.stderr, follow: false, timestamps: false })) sink.write(entry.stream, entry.line);
          }
          if (!stream) {
            sink.end();
            return { tty: !!Config.Tty, stdin: undefined };
          }
          return backend.attach(params.id, opts, sink);
        };
        await hijackSession(ctx, open, { detachKeys, takeOver: () => acceptWebSocket(ctx, opcode), raw: true });
        return 'handled';
      },
    },
  ];
}
