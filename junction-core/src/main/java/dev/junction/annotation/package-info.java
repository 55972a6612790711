/**
 * Optional annotations for model classes: {@link dev.junction.annotation.Id}, {@link dev.junction.annotation.Column},
 * {@link dev.junction.annotation.Table}, {@link dev.junction.annotation.Index},
 * {@link dev.junction.annotation.Timestamps} and {@link dev.junction.annotation.Underscored}. Everything they say can
 * also be said in code through {@link dev.junction.schema.ModelSpec}.
 */
package dev.junction.annotation;
