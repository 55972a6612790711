-- Junction migration 20261204214847-model-lifecycle (down), generated from the models
-- alter table Lifeguards
ALTER TABLE `Lifeguards` DROP COLUMN `certifiedOn`;
-- alter table Beaches
ALTER TABLE `Beaches` DROP INDEX `Beaches_name_key`;
ALTER TABLE `Beaches` DROP COLUMN `closed`;
ALTER TABLE `Beaches` DROP COLUMN `deletedAt`;
ALTER TABLE `Beaches` ADD CONSTRAINT `Beaches_name_key` UNIQUE (`name`);
