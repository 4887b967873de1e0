/** Package event. */
package org.tarikh.event;
