/**
 * The MCP adapter every layer that speaks MCP imports (`server/`, `tools/`, `prompts/`): the
 * SDK's server-side names, the glue that registers a tool (strict arguments, the answer budget),
 * the budget itself, and the short `tools/list` every tool is shown in. Imports nothing of the product.
 *
 * @module
 */

export * from "./sdk.ts";
export {
  ANSWER_BUDGET_CHARS,
  ARGUMENT_ECHO_CHARS,
  fitAnswer,
  LINE_CHARS,
  shortQuote,
} from "./response_budget.ts";
export { listedAnnotations, listedTool, serveToolList } from "./tool_list.ts";
export {
  registerTool,
  strictArguments,
  type ToolArgs,
  type ToolCall,
  type ToolReply,
  type ToolResult,
  type ToolSpec,
} from "./tool.ts";
