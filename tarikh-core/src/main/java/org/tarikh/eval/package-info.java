/** Package eval. */
package org.tarikh.eval;
