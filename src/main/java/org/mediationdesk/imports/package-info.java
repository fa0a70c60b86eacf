/**
 * Bulk import of disputes from an Excel template: the template with its drop-downs, reading rows
 * into registrations (one transaction each, idempotent by the row's fingerprint), and the error
 * workbook of rejected rows, kept in the database for its uploader for a short time.
 */
package org.mediationdesk.imports;
