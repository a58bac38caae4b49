import { ErrorClient } from "./vendor/faultline/client.ts";

export const reporter = new ErrorClient({
  dsn: "",
  release: "box-office@3.14.0",
  environment: "staging",
  maxBreadcrumbs: 40,
});
