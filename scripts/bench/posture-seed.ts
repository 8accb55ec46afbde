// Deterministic posture evidence for `npm run bench:posture`: one org, N apps, everything a control reads, written
// with set-based SQL (generate_series) so seeding 1,000 apps takes seconds. Mixed on purpose: some apps pass most
// controls, others fail many, so the recompute writes findings and every evaluator branch runs.
import type { Db } from "@/lib/server/db";

type Seed = { orgId: string; userId: string; apps: number; eventsPerApp: number };

export async function seedPostureEvidence(db: Db, { orgId, userId, apps, eventsPerApp }: Seed) {
  const keys = Math.max(10, Math.floor(apps / 5));
  const datasets = Math.max(10, Math.floor(apps * 0.3));
  await db.$executeRaw`
    INSERT INTO llm_apps (id, org_id, name, owner_id, criticality, lifecycle, exposure, end_user_auth, deployment, environments, tags, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, 'app-' || lpad(i::text, 5, '0'), CASE WHEN i % 5 <> 0 THEN ${userId}::uuid END,
      (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + i % 4]::"Criticality", (ARRAY['DEVELOPMENT','PRODUCTION','PRODUCTION','IDEA'])[1 + i % 4]::"Lifecycle",
      (ARRAY['INTERNAL','PARTNER','PUBLIC'])[1 + i % 3]::"Exposure", (ARRAY['SSO','APP_LOGIN','API_KEY','NONE'])[1 + i % 4]::"EndUserAuth",
      'CONTAINER', '{prod}', '{}', now()
    FROM generate_series(1, ${apps}) AS i`;
  await db.$executeRaw`
    INSERT INTO integrations (id, org_id, kind, provider, name, config, status, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, k.kind::"IntegrationKind", k.provider, k.kind || '-' || i, k.config::jsonb, (ARRAY['CONNECTED','CONNECTED','ERROR'])[1 + i % 3]::"ConnectionStatus", now()
    FROM generate_series(1, ${keys}) AS i,
      LATERAL (SELECT (ARRAY['LLM_PROVIDER','LLM_PROVIDER','OAUTH_CONNECTION','SERVICE_ACCOUNT'])[1 + i % 4] AS kind,
        (ARRAY['openai','anthropic','google-drive','gcp'])[1 + i % 4] AS provider,
        CASE WHEN i % 8 = 3 THEN '{"owner":"platform@bench.test","scopes":["bigquery.read"]}' ELSE '{}' END AS config) k`;
  await db.$executeRaw`
    INSERT INTO integration_secrets (id, org_id, integration_id, purpose, ciphertext, last4, fingerprint, rotation_days, last_rotated_at, expires_at, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, i.id, CASE WHEN i.kind = 'OAUTH_CONNECTION' THEN 'refresh_token' ELSE 'api_key' END, 'bench', right(md5(i.id::text), 4),
      left(md5(i.name), 16), 90, now() - make_interval(days => (abs(hashtext(i.name)) % 200)), CASE WHEN abs(hashtext(i.name)) % 10 = 0 THEN now() - interval '1 day' END, now()
    FROM integrations i WHERE i.org_id = ${orgId}::uuid`;
  await db.$executeRaw`
    WITH a AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM llm_apps WHERE org_id = ${orgId}::uuid),
         k AS (SELECT id, provider, row_number() OVER (ORDER BY name) AS n FROM integrations WHERE org_id = ${orgId}::uuid AND kind = 'LLM_PROVIDER')
    INSERT INTO model_usages (id, org_id, app_id, provider, model_id, credential_id, via_gateway)
    SELECT gen_random_uuid(), ${orgId}::uuid, a.id, k.provider, CASE WHEN k.provider = 'openai' THEN 'gpt-4o-2024-08-06' ELSE 'claude-sonnet-4-5' END,
      CASE WHEN (a.n + u) % 10 <> 0 THEN k.id END, (a.n % 3 = 0)
    FROM a, generate_series(0, 1) AS u JOIN k ON true
    WHERE k.n = 1 + (a.n * 2 + u) % (SELECT count(*) FROM k)`;
  await db.$executeRaw`
    INSERT INTO data_sources (id, org_id, name, kind, integration_id, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, 'source-' || i, 'google-drive',
      CASE WHEN i % 2 = 0 THEN (SELECT id FROM integrations WHERE org_id = ${orgId}::uuid AND kind = 'OAUTH_CONNECTION' ORDER BY name OFFSET (i % 5) LIMIT 1) END, now()
    FROM generate_series(1, 50) AS i`;
  await db.$executeRaw`
    INSERT INTO datasets (id, org_id, source_id, name, owner, classification, categories, retention_days, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, (SELECT id FROM data_sources WHERE org_id = ${orgId}::uuid ORDER BY name OFFSET (i % 50) LIMIT 1), 'dataset-' || i,
      CASE WHEN i % 5 <> 0 THEN 'data@bench.test' ELSE '' END, (ARRAY['PUBLIC','INTERNAL','CONFIDENTIAL','RESTRICTED'])[1 + i % 4]::"Classification",
      CASE WHEN i % 4 = 3 THEN '{pii}'::text[] ELSE '{}'::text[] END, CASE WHEN i % 3 <> 0 THEN 365 END, now()
    FROM generate_series(1, ${datasets}) AS i`;
  await db.$executeRaw`
    WITH a AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM llm_apps WHERE org_id = ${orgId}::uuid),
         d AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM datasets WHERE org_id = ${orgId}::uuid)
    INSERT INTO dataset_app_links (id, org_id, dataset_id, app_id, access)
    SELECT gen_random_uuid(), ${orgId}::uuid, d.id, a.id, (ARRAY['RAG_INDEX','TOOL'])[1 + u]::"DatasetAccess"
    FROM a, generate_series(0, 1) AS u JOIN d ON true WHERE d.n = 1 + (a.n * 7 + u * 13) % ${datasets}`;
  await db.$executeRaw`
    INSERT INTO app_data_stores (id, org_id, app_id, kind, name, dataset_id)
    SELECT gen_random_uuid(), ${orgId}::uuid, a.id, 'VECTOR', 'vectors', NULL FROM llm_apps a WHERE a.org_id = ${orgId}::uuid AND abs(hashtext(a.name)) % 10 < 7`;
  await db.$executeRaw`
    INSERT INTO dlp_policies (id, org_id, app_id, detectors, thresholds, disabled_types, action, operator, hash_salt, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, NULL, '{pii,secret,injection,safety}'::text[], '{}'::jsonb, '{}'::text[], 'ALERT'::"DlpAction", 'REPLACE'::"RedactOperator", md5(random()::text), now()
    UNION ALL
    SELECT gen_random_uuid(), ${orgId}::uuid, a.id, '{pii,secret,injection}'::text[], '{}'::jsonb, '{}'::text[], (ARRAY['REDACT','BLOCK'])[1 + abs(hashtext(a.name)) % 2]::"DlpAction", 'REPLACE'::"RedactOperator", md5(random()::text), now()
    FROM llm_apps a WHERE a.org_id = ${orgId}::uuid AND abs(hashtext(a.name)) % 10 < 3`;
  await db.$executeRaw`
    INSERT INTO app_mapping_rules (id, org_id, app_id, field, value)
    SELECT gen_random_uuid(), ${orgId}::uuid, a.id, 'apiKeyId', 'key-' || a.name FROM llm_apps a WHERE a.org_id = ${orgId}::uuid AND abs(hashtext(a.name)) % 10 < 8`;
  await db.$executeRaw`
    INSERT INTO llm_events (id, org_id, source, event_hash, time, provider_name, operation_name, request_model, input_tokens, output_tokens, app_id, prompt)
    SELECT gen_random_uuid(), ${orgId}::uuid, 'openai', md5(a.id::text || e), now() - make_interval(mins => (e * 719) % 43000), u.provider, 'chat', u.model_id,
      100 + e % 50, 20, a.id, CASE WHEN (e + abs(hashtext(a.name))) % 10 <> 0 THEN 'prompt text' END
    FROM llm_apps a JOIN LATERAL (SELECT provider, model_id FROM model_usages WHERE app_id = a.id LIMIT 1) u ON true, generate_series(1, ${eventsPerApp}) AS e
    WHERE a.org_id = ${orgId}::uuid AND abs(hashtext(a.name)) % 10 < 9`;
  await db.$executeRaw`
    INSERT INTO cloud_events (id, org_id, source, event_hash, time, provider, service, action, outcome)
    SELECT gen_random_uuid(), ${orgId}::uuid, 'cloudtrail', md5('ct' || i), now() - make_interval(mins => i * 7), 'aws', 'bedrock.amazonaws.com', 'InvokeModel', 'success'
    FROM generate_series(1, 1000) AS i`;
  await db.$executeRaw`
    INSERT INTO findings (id, org_id, app_id, source, detector, rule_id, title, severity, status, fingerprint, evidence, tags, occurrences, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, a.id, (ARRAY['DLP','DLP','SAST','SCA','CORRELATION'])[1 + f % 5]::"FindingSource",
      (ARRAY['secret','pii','semgrep','trivy','correlation'])[1 + f % 5], (ARRAY['openai-api-key','EMAIL_ADDRESS','rule','CVE-2024-1','usage-anomaly'])[1 + f % 5],
      'bench finding', (ARRAY['CRITICAL','HIGH','MEDIUM','LOW'])[1 + (f + abs(hashtext(a.name))) % 4]::"Severity",
      (ARRAY['OPEN','RESOLVED','TRIAGED'])[1 + (f + abs(hashtext(a.name))) % 3]::"FindingStatus", md5(a.id::text || f), 'masked', '{"cwe":[]}', 1, now()
    FROM llm_apps a, generate_series(1, 20) AS f WHERE a.org_id = ${orgId}::uuid`;
  await db.$executeRaw`
    INSERT INTO import_runs (id, org_id, app_id, via, file_name, sha256, format, created_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, a.id, 'api', f || '.json', md5(a.id::text || f), f, now() - make_interval(days => abs(hashtext(a.name || f)) % 60)
    FROM llm_apps a, unnest(ARRAY['sarif', 'cyclonedx']) AS f WHERE a.org_id = ${orgId}::uuid AND abs(hashtext(a.name || f)) % 10 < 6`;
  await db.$executeRaw`
    INSERT INTO alert_webhooks (id, org_id, name, url, format, min_severity, updated_at)
    VALUES (gen_random_uuid(), ${orgId}::uuid, 'SOC', 'https://hooks.example.com/soc', 'slack', 'HIGH', now())`;
  await db.$executeRaw`
    INSERT INTO posture_attestations (id, org_id, app_id, control_id, status, evidence, expires_at, attested_by_id)
    SELECT gen_random_uuid(), ${orgId}::uuid, a.id, c, 'PASS', 'Reviewed with the app team', now() + interval '90 days', ${userId}::uuid
    FROM llm_apps a, unnest(ARRAY['LSO-API-04', 'LSO-DEV-04', 'LSO-DEV-05']) AS c WHERE a.org_id = ${orgId}::uuid AND abs(hashtext(a.name)) % 10 < 3`;
}
