import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];

/** An answer of the staff API that was not a success, with the API's own words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly retryAfterSeconds?: number,
    /** The message for each field the API named (a 400 may name several). */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

type ErrorBody = {
  errorMessage?: string;
  error?: string;
  field?: string;
  errors?: { field?: string; errorMessage?: string }[];
};

/**
 * The staff API, typed from docs/openapi.yaml, called with the admin console's own access token,
 * so Keycloak's permission checks apply exactly as for any other admin call.
 */
export function createPatientAccessApi(
  baseUrl: string,
  accessToken: () => Promise<string | undefined>,
) {
  const client = createClient<paths>({ baseUrl });
  const authenticate: Middleware = {
    async onRequest({ request }) {
      const token = await accessToken();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
  client.use(authenticate);
  return client;
}

export type PatientAccessApi = ReturnType<typeof createPatientAccessApi>;

/** Returns the data of a call, or throws an ApiError carrying the API's message. */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as ErrorBody;
  const retryAfter = Number(response.headers.get("Retry-After"));
  const fieldErrors: Record<string, string> = {};
  for (const { field, errorMessage } of body.errors ?? []) {
    if (field && errorMessage) fieldErrors[field] = errorMessage;
  }
  if (body.field && body.errorMessage) fieldErrors[body.field] ??= body.errorMessage;
  throw new ApiError(
    response.status,
    body.errorMessage ?? body.error ?? response.statusText,
    body.field,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    fieldErrors,
  );
}
