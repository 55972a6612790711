-- Junction migration 20261204214847-model-lifecycle (down), generated from the models
-- alter table Lifeguards
ALTER TABLE `Lifeguards` DROP COLUMN `certifiedOn`;
-- alter table Beaches
-- SQLite cannot alter this table: rebuild it (runs with foreign keys off)
-- Fails when foreign keys are on, which would let the swap delete or orphan the rows referring to the table: connect without foreign_keys=true
CREATE TEMP TABLE IF NOT EXISTS `junction_sqlite_rebuild_needs_foreign_keys_off` (`foreign_keys_off` INTEGER NOT NULL);
INSERT INTO `junction_sqlite_rebuild_needs_foreign_keys_off` SELECT CASE `foreign_keys` WHEN 0 THEN 1 END FROM pragma_foreign_keys;
DROP TABLE `junction_sqlite_rebuild_needs_foreign_keys_off`;
CREATE TABLE `new_Beaches` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Beaches_name_key` UNIQUE (`name`));
INSERT INTO `new_Beaches` (`id`, `name`, `createdAt`, `updatedAt`) SELECT `id`, `name`, `createdAt`, `updatedAt` FROM `Beaches`;
DROP TABLE `Beaches`;
ALTER TABLE `new_Beaches` RENAME TO `Beaches`;
