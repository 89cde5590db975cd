/** Input a tool cannot work with. The message is plain German and names what to write instead. */
export class ToolInputError extends Error {
  override name = "ToolInputError";
}
