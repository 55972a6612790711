/** JSON values of json() attributes: the codec per attribute, and Jackson when it is on the classpath. */
package dev.junction.internal.json;
