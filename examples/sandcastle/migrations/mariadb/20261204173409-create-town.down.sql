-- Junction migration 20261204173409-create-town (down), generated from the models
-- drop table SandcastleTypeTools
DROP TABLE `SandcastleTypeTools`;
-- drop table Shifts
DROP TABLE `Shifts`;
-- drop table Follows
DROP TABLE `Follows`;
-- drop table Viewings
DROP TABLE `Viewings`;
-- drop table UserFavorites
DROP TABLE `UserFavorites`;
-- drop table Tools
DROP TABLE `Tools`;
-- drop table Sandcastles
DROP TABLE `Sandcastles`;
-- drop table SandcastleTypes
DROP TABLE `SandcastleTypes`;
-- drop table Beaches
DROP TABLE `Beaches`;
-- drop table Lifeguards
DROP TABLE `Lifeguards`;
-- drop table Shows
DROP TABLE `Shows`;
-- drop table Users
DROP TABLE `Users`;
