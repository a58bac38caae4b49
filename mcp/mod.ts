/**
 * The MCP adapter every layer that speaks MCP imports (`server/`, `tools/`, `prompts/`): the
 * SDK's server-side names, and the glue that registers a tool. Imports nothing of the product.
 *
 * @module
 */

export * from "./sdk.ts";
export {
  registerTool,
  type ToolArgs,
  type ToolCall,
  type ToolReply,
  type ToolResult,
  type ToolSpec,
} from "./tool.ts";
