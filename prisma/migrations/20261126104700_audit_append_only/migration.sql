-- The audit log is append-only: rows can be inserted, never changed or deleted.
-- The WASM migration engine splits scripts at every semicolon, so the body spells them as \073.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''audit_events is append-only (% refused)'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END\073';

CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
