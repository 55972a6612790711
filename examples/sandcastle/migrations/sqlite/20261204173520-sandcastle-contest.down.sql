-- Junction migration 20261204173520-sandcastle-contest (down), generated from the models
-- alter table Sandcastles
ALTER TABLE `Sandcastles` DROP COLUMN `builtOn`;
-- drop table Votes
DROP TABLE `Votes`;
