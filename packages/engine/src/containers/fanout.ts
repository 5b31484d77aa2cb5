export type OutputStream = 'stdout' | 'stderr';

/** Where an attached client receives a container's output. */
export interface OutputSink {
  write(stream: OutputStream, chunk: Buffer): void;
  end(): void;
}

/** Copies one container's output to every attached client. */
export class OutputFanout {
  private readonly sinks = new Set<OutputSink>();
  private ended = false;

  add(sink: OutputSink): () => void {
    if (this.ended) {
      sink.end();
      return () => undefined;
    }
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  write(stream: OutputStream, chunk: Buffer): void {
    for (const sink of this.sinks) sink.write(stream, chunk);
  }

  end(): void {
    this.ended = true;
    for (const sink of this.sinks) sink.end();
    this.sinks.clear();
  }
}
