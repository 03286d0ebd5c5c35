// Worker thread entry of checkTypesInWorker.
import { parentPort, workerData } from "node:worker_threads";
import { checkTypes } from "./types.mjs";

const { results, globalErrors, ms } = checkTypes(workerData.files);
parentPort.postMessage({ results: [...results], globalErrors, ms });
