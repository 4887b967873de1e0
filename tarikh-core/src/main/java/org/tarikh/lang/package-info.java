/**
 * Language packs: per-language folders of data ({@code lang/<iso>/}), discovered at start-up,
 * validated when read, cached once per JVM. Adding a language means adding a folder.
 */
package org.tarikh.lang;
