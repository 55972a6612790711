-- Junction migration 20261204173520-sandcastle-contest (up), generated from the models
-- alter table Sandcastles
ALTER TABLE "Sandcastles" ADD COLUMN "builtOn" DATE;
-- create table Votes (model Vote)
CREATE TABLE "Votes" ("UserId" BIGINT NOT NULL, "SandcastleId" BIGINT NOT NULL, "stars" INTEGER, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("UserId", "SandcastleId"), CONSTRAINT "Votes_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES "Users" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "Votes_SandcastleId_fkey" FOREIGN KEY ("SandcastleId") REFERENCES "Sandcastles" ("id") ON DELETE CASCADE ON UPDATE CASCADE);
