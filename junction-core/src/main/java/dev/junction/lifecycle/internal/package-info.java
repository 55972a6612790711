/** Runs a model's validators before a write; not API. */
package dev.junction.lifecycle.internal;
