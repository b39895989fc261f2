import type { z } from "zod";

export type ApiIssue = { parameter: string; message: string };

/** An error the API reports as `{ error: { status, message, issues? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, `${what} not found`);

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ parameter: key, message: "Unknown parameter" }));
    }
    return [{ parameter: String(issue.path[0] ?? ""), message: issue.message }];
  });
}

/** A 400 whose message names the first bad parameter; every problem is in `issues`. */
export function badParameters(error: z.ZodError): ApiError {
  const issues = toIssues(error);
  const first = issues[0];
  const message = !first
    ? "Invalid parameters"
    : first.message === "Unknown parameter"
      ? `Unknown parameter "${first.parameter}"`
      : `Invalid parameter "${first.parameter}": ${first.message}`;
  return new ApiError(400, message, issues);
}
