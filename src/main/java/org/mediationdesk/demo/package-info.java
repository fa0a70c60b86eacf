/**
 * Demo accounts and disputes for the {@code demo} profile, loaded once into an empty database.
 */
package org.mediationdesk.demo;
