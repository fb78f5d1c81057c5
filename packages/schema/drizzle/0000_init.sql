CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"type" text NOT NULL,
	"province" text,
	"parent_id" uuid,
	"websites" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"label" text NOT NULL,
	"role" text NOT NULL,
	"agency_ids" uuid[],
	"secret_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"framework" text NOT NULL,
	"data" jsonb,
	"imported_at" timestamp with time zone,
	"published" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"score_total" double precision,
	"score_rounded" double precision,
	"score_level" text,
	"score_pass" boolean,
	"official_total" double precision,
	"official_level" text,
	"official_rank" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_token_id" uuid,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"payload" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "captures" (
	"evidence_id" uuid PRIMARY KEY NOT NULL,
	"html" text NOT NULL,
	"screenshot" "bytea"
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"assessment_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"items" text[] NOT NULL,
	"url" text NOT NULL,
	"captured_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid NOT NULL,
	"token_id" uuid,
	"idempotency_key" text NOT NULL,
	"html_sha256" text NOT NULL,
	"html_size" integer NOT NULL,
	"screenshot_sha256" text,
	"screenshot_type" text,
	"screenshot_size" integer,
	"auditor_verdict" text NOT NULL,
	"note" text,
	"forced" boolean DEFAULT false NOT NULL,
	"client_checks" jsonb,
	"server_checks" jsonb,
	"disagreements" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_state" (
	"evidence_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"latest_review_id" uuid,
	"seq" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"evidence_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"reviewer_id" uuid NOT NULL,
	"token_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_token_id_api_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_state" ADD CONSTRAINT "evidence_state_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_state" ADD CONSTRAINT "evidence_state_latest_review_id_reviews_id_fk" FOREIGN KEY ("latest_review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_token_id_api_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_slug_key" ON "agencies" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "agencies_type_idx" ON "agencies" USING btree ("type");--> statement-breakpoint
CREATE INDEX "agencies_province_idx" ON "agencies" USING btree ("province");--> statement-breakpoint
CREATE INDEX "agencies_websites_idx" ON "agencies" USING gin ("websites");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_secret_hash_key" ON "api_tokens" USING btree ("secret_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_agency_framework_key" ON "assessments" USING btree ("agency_id","framework");--> statement-breakpoint
CREATE INDEX "assessments_framework_score_idx" ON "assessments" USING btree ("framework","score_rounded");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_seq_key" ON "evidence" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_idempotency_key" ON "evidence" USING btree ("submitted_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "evidence_assessment_idx" ON "evidence" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "evidence_agency_idx" ON "evidence" USING btree ("agency_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_submitted_by_idx" ON "evidence" USING btree ("submitted_by","seq");--> statement-breakpoint
CREATE INDEX "evidence_items_idx" ON "evidence" USING gin ("items");--> statement-breakpoint
CREATE INDEX "evidence_state_status_idx" ON "evidence_state" USING btree ("status","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_seq_key" ON "reviews" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "reviews_evidence_idx" ON "reviews" USING btree ("evidence_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "users_name_key" ON "users" USING btree ("name");