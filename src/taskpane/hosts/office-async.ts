/** Wraps an Office callback-style call (…Async) in a Promise. */
export function officeAsync<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(Object.assign(new Error(result.error.message), { code: result.error.code, name: result.error.name }));
    });
  });
}
