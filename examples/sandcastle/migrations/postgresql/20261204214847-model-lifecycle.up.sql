-- Junction migration 20261204214847-model-lifecycle (up), generated from the models
-- alter table Lifeguards
ALTER TABLE "Lifeguards" ADD COLUMN "certifiedOn" DATE;
-- alter table Beaches
ALTER TABLE "Beaches" DROP CONSTRAINT "Beaches_name_key";
ALTER TABLE "Beaches" ADD COLUMN "closed" BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE "Beaches" ADD COLUMN "deletedAt" TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX "Beaches_name_key" ON "Beaches" ("name") WHERE "deletedAt" IS NULL;
