// Extraction with a deadline, for hang detection: the text is extracted in a worker thread, and a
// run past the deadline terminates the worker and fails with the input's size, instead of leaving
// the whole test run stuck inside one regex.
import { Worker } from 'node:worker_threads';

export interface GuardedResult {
  /** What the plan-record schema says of the record; empty when it is valid. */
  schemaErrors: string[];
  /** Time spent in extraction proper, inside the worker. */
  ms: number;
}

type Reply = { id: number; schemaErrors?: string[]; error?: string; ms: number };

export class GuardedExtractor {
  private worker = this.start();
  private nextId = 0;

  async extract(text: string, deadlineMs: number): Promise<GuardedResult> {
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise<GuardedResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        void worker.terminate();
        this.worker = this.start();
        reject(new Error(`extraction of ${(text.length / 1024).toFixed(0)} K characters did not finish within ${deadlineMs} ms`));
      }, deadlineMs);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (reply.error !== undefined) reject(new Error(`extraction threw: ${reply.error}`));
        else resolve({ schemaErrors: reply.schemaErrors!, ms: reply.ms });
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, text });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private start(): Worker {
    return new Worker(new URL('./extract-worker.mjs', import.meta.url));
  }
}
