import { Badge } from "@/components/ui/feedback";

type Operation = { summary: string; tags: string[]; "x-required-scope": string; parameters: { name: string; in: string; required: boolean }[]; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }> };
type Doc = { paths: Record<string, Record<string, Operation>> };

const METHOD_TONE = { get: "brand", post: "green", patch: "amber", delete: "red", put: "amber" } as const;

function Schema({ title, schema }: { title: string; schema: unknown }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs font-medium text-slate-600">{title}</summary>
      <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{JSON.stringify(schema, null, 2)}</pre>
    </details>
  );
}

export function OpenApiView({ doc }: { doc: Doc }) {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const tags = [...new Set(ops.map((o) => o.op.tags[0] ?? "Other"))];
  return (
    <div className="space-y-8">
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="mb-3 text-lg font-semibold text-slate-900">{tag}</h2>
          <div className="space-y-3">
            {ops.filter((o) => (o.op.tags[0] ?? "Other") === tag).map(({ path, method, op }) => {
              const [status, success] = Object.entries(op.responses)[0] ?? ["200", { description: "" }];
              return (
                <article key={`${method} ${path}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={METHOD_TONE[method as keyof typeof METHOD_TONE] ?? "slate"}>{method.toUpperCase()}</Badge>
                    <code className="text-sm font-medium text-slate-900">{path}</code>
                    <span className="ml-auto text-xs text-slate-500">scope <code>{op["x-required-scope"]}</code></span>
                  </div>
                  <p className="mt-1 text-sm text-slate-600">{op.summary}</p>
                  {op.parameters.length ? <p className="mt-1 text-xs text-slate-500">Parameters: {op.parameters.map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""})`).join(", ")}</p> : null}
                  {op.requestBody ? <Schema title="Request body" schema={Object.values(op.requestBody.content)[0]?.schema} /> : null}
                  {success.content ? <Schema title={`Response ${status}`} schema={Object.values(success.content)[0]?.schema} /> : null}
                </article>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
