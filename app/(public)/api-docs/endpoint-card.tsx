import { Badge } from "@/components/ui/badge";
import { API_BASE, type Endpoint } from "@/lib/api/endpoints";
import { parametersOf } from "@/lib/api/openapi";
import { describeSchema } from "./describe-schema";

/** Descriptions are OpenAPI's CommonMark; here only `code` spans are used. */
function Prose({ text }: { text: string }) {
  return text.split("`").map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="rounded bg-slate-100 px-1 text-xs">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

export function anchorOf(endpoint: Endpoint) {
  return endpoint.operationId;
}

/** One endpoint: its path, what it returns, its parameters, an example to try and to curl. */
export function EndpointCard({ endpoint, origin }: { endpoint: Endpoint; origin: string }) {
  const parameters = parametersOf(endpoint);
  const example = `${API_BASE}${endpoint.example}`;
  const returns =
    "json" in endpoint.response
      ? "JSON"
      : endpoint.response.media.map((m) => m.type.split(";")[0]).join(" or ");
  return (
    <section
      id={anchorOf(endpoint)}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold text-slate-900">
        <Badge tone="green">GET</Badge>
        {API_BASE}
        {endpoint.path}
      </h3>
      <p className="mt-2 text-slate-800">{endpoint.summary}.</p>
      {endpoint.description && (
        <p className="mt-1 text-sm text-slate-600">{endpoint.description}</p>
      )}
      <p className="mt-1 text-xs text-slate-500">Returns {returns}.</p>
      {parameters.length > 0 && (
        <table className="mt-4 w-full text-left text-sm max-sm:[overflow-wrap:anywhere]">
          <caption className="sr-only">Parameters of {endpoint.path}</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-1 pr-4 font-medium">
                Parameter
              </th>
              <th scope="col" className="py-1 pr-4 font-medium">
                Values
              </th>
              <th scope="col" className="py-1 font-medium">
                Meaning
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {parameters.map((p) => {
              const words = describeSchema(p.schema);
              return (
                <tr key={`${p.in}-${p.name}`}>
                  <td className="py-2 pr-4 font-mono text-slate-900">
                    {p.in === "path" ? `{${p.name}}` : p.name}
                  </td>
                  <td className="py-2 pr-4 text-slate-700">
                    {words.kind}
                    {words.values && (
                      <span className="mt-1 flex flex-wrap gap-1">
                        {words.values.map((v) => (
                          <code key={v} className="rounded bg-slate-100 px-1 text-xs">
                            {v}
                          </code>
                        ))}
                      </span>
                    )}
                  </td>
                  <td className="py-2 text-slate-600">
                    <Prose text={p.description ?? ""} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="mt-4 text-sm">
        <span className="text-slate-500">Example: </span>
        <a href={example} className="break-all font-mono">
          {example}
        </a>
        <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100 max-sm:whitespace-pre-wrap max-sm:[overflow-wrap:anywhere]">
          <code>{`curl -s '${origin}${example}'`}</code>
        </pre>
      </div>
    </section>
  );
}
