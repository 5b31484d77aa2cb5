import { createLogWriter, readLog, type LogEntry, type LogWriter, type OutputStream } from './logs';

export type { LogEntry };

/** Docker's json-file format without rotation: `createLogWriter(path, 'json-file', {})`. */
export class JsonLogWriter implements LogWriter {
  private readonly inner: LogWriter;

  constructor(readonly path: string) {
    this.inner = createLogWriter(path, 'json-file', {})!;
  }

  write(stream: OutputStream, chunk: Buffer): void {
    this.inner.write(stream, chunk);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** Reads a json-file log written by the shim (or by Docker), oldest entry first: `readLog(path, 'json-file')`. */
export function readJsonLog(path: string): AsyncIterable<LogEntry> {
  return readLog(path, 'json-file');
}
