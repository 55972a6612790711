package dev.junction.sandcastle.models;

/** How many of a tool a kind of sandcastle needs (table SandcastleTypeTools): one row per pair. */
public record SandcastleTypeTool(Long SandcastleTypeId, Long ToolId, Integer quantity) {
}
