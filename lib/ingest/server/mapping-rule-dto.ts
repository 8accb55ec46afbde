export const mappingRuleSelect = { id: true, appId: true, field: true, matchType: true, value: true, priority: true, createdAt: true, app: { select: { name: true } } } as const;

type Row = { id: string; appId: string; field: string; matchType: string; value: string; priority: number; createdAt: Date; app: { name: string } };

export const toMappingRuleDto = ({ app, createdAt, ...r }: Row) => ({
  ...r, appName: app.name, field: r.field as "apiKeyId", matchType: r.matchType as "exact" | "prefix", createdAt: createdAt.toISOString(),
});
