import pLimit from "p-limit";
import { officeAsync } from "../office-async";

/** Outlook on the web runs at most three async calls at once; more fail. Every call goes through this queue. */
const queue = pLimit(3);

export function outlookCall<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return queue(() => officeAsync(call));
}
