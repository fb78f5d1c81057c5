-- Evidence, captures, reviews and the audit log are append-only: no UPDATE, no DELETE, ever.
-- (TRUNCATE, used only to reset a test database, is a table-level statement these row triggers do not see.)
CREATE FUNCTION openita_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'openita: % is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER evidence_append_only BEFORE UPDATE OR DELETE ON "evidence" FOR EACH ROW EXECUTE FUNCTION openita_append_only();
--> statement-breakpoint
CREATE TRIGGER captures_append_only BEFORE UPDATE OR DELETE ON "captures" FOR EACH ROW EXECUTE FUNCTION openita_append_only();
--> statement-breakpoint
CREATE TRIGGER reviews_append_only BEFORE UPDATE OR DELETE ON "reviews" FOR EACH ROW EXECUTE FUNCTION openita_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION openita_append_only();
