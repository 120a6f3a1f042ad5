// A worker thread of a batch: converts the files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { convertFile, type ConvertJob } from './convert.js';

parentPort?.on('message', async (job: ConvertJob) => {
  parentPort?.postMessage(await convertFile(job));
});
