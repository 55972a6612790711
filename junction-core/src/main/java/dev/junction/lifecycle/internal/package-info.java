/** Runs a model's validators before a write, and merges its scopes into a read; not API. */
package dev.junction.lifecycle.internal;
