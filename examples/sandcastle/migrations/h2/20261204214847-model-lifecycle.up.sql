-- Junction migration 20261204214847-model-lifecycle (up), generated from the models
-- alter table Lifeguards
ALTER TABLE "Lifeguards" ADD COLUMN "certifiedOn" DATE AFTER "name";
-- alter table Beaches
ALTER TABLE "Beaches" DROP CONSTRAINT "Beaches_name_key";
ALTER TABLE "Beaches" ADD COLUMN "closed" BOOLEAN NOT NULL DEFAULT FALSE AFTER "name";
ALTER TABLE "Beaches" ADD COLUMN "deletedAt" TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE "Beaches" ADD CONSTRAINT "Beaches_name_key" UNIQUE ("name");
