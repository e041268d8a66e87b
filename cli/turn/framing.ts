/**
 * Splits a TCP/TLS byte stream into STUN messages (RFC 8489 §6.2.2: over streams the 20-byte header's
 * length field delimits each message) and ChannelData frames (RFC 8656 §12.5, padded to 4 over TCP).
 */
export class StreamFramer {
  private buffer = new Uint8Array(0);

  constructor(private readonly onFrame: (frame: Uint8Array) => void, private readonly onError: (message: string) => void) {}

  push(chunk: Uint8Array): void {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    this.buffer = joined;
    for (;;) {
      if (this.buffer.length < 4) return;
      const first = this.buffer[0] ?? 0;
      const length = ((this.buffer[2] ?? 0) << 8) | (this.buffer[3] ?? 0);
      let size: number;
      if (first >> 6 === 0) size = 20 + length;
      else if (first >> 6 === 1) size = 4 + ((length + 3) & ~3);
      else {
        this.onError('the server sent bytes that are neither STUN nor ChannelData');
        this.buffer = new Uint8Array(0);
        return;
      }
      if (this.buffer.length < size) return;
      const frame = this.buffer.slice(0, size);
      this.buffer = this.buffer.slice(size);
      if (first >> 6 === 0) this.onFrame(frame);
    }
  }
}
