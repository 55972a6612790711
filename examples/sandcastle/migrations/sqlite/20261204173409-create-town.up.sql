-- Junction migration 20261204173409-create-town (up), generated from the models
-- create table Users (model User)
CREATE TABLE `Users` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `username` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Users_username_key` UNIQUE (`username`));
-- create table Shows (model Show)
CREATE TABLE `Shows` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Shows_title_key` UNIQUE (`title`));
-- create table Lifeguards (model Lifeguard)
CREATE TABLE `Lifeguards` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Lifeguards_name_key` UNIQUE (`name`));
-- create table Beaches (model Beach)
CREATE TABLE `Beaches` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Beaches_name_key` UNIQUE (`name`));
-- create table SandcastleTypes (model SandcastleType)
CREATE TABLE `SandcastleTypes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `SandcastleTypes_name_key` UNIQUE (`name`));
-- create table Sandcastles (model Sandcastle)
CREATE TABLE `Sandcastles` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `height` INTEGER, `BeachId` BIGINT, `SandcastleTypeId` BIGINT, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Sandcastles_BeachId_fkey` FOREIGN KEY (`BeachId`) REFERENCES `Beaches` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, CONSTRAINT `Sandcastles_SandcastleTypeId_fkey` FOREIGN KEY (`SandcastleTypeId`) REFERENCES `SandcastleTypes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
-- create table Tools (model Tool)
CREATE TABLE `Tools` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Tools_name_key` UNIQUE (`name`));
-- create table UserFavorites (model UserFavorites)
CREATE TABLE `UserFavorites` (`UserId` BIGINT NOT NULL, `ShowId` BIGINT NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`UserId`, `ShowId`), CONSTRAINT `UserFavorites_UserId_fkey` FOREIGN KEY (`UserId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT `UserFavorites_ShowId_fkey` FOREIGN KEY (`ShowId`) REFERENCES `Shows` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
-- create table Viewings (model Viewing)
CREATE TABLE `Viewings` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `UserId` BIGINT NOT NULL, `show_id` BIGINT NOT NULL, `watchedAt` DATETIME, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Viewings_UserId_fkey` FOREIGN KEY (`UserId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
-- create table Follows (model Follows)
CREATE TABLE `Follows` (`followingId` BIGINT NOT NULL, `followerId` BIGINT NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`followingId`, `followerId`), CONSTRAINT `Follows_followingId_fkey` FOREIGN KEY (`followingId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT `Follows_followerId_fkey` FOREIGN KEY (`followerId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
-- create table Shifts (model Shift)
CREATE TABLE `Shifts` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `LifeguardId` BIGINT NOT NULL, `BeachId` BIGINT NOT NULL, `day` DATE, `hours` INTEGER, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Shifts_LifeguardId_fkey` FOREIGN KEY (`LifeguardId`) REFERENCES `Lifeguards` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT `Shifts_BeachId_fkey` FOREIGN KEY (`BeachId`) REFERENCES `Beaches` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
-- create table SandcastleTypeTools (model SandcastleTypeTool)
CREATE TABLE `SandcastleTypeTools` (`SandcastleTypeId` BIGINT NOT NULL, `ToolId` BIGINT NOT NULL, `quantity` INTEGER, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`SandcastleTypeId`, `ToolId`), CONSTRAINT `SandcastleTypeTools_SandcastleTypeId_fkey` FOREIGN KEY (`SandcastleTypeId`) REFERENCES `SandcastleTypes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT `SandcastleTypeTools_ToolId_fkey` FOREIGN KEY (`ToolId`) REFERENCES `Tools` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
