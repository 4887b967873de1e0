/** Package entity. */
package org.tarikh.entity;
