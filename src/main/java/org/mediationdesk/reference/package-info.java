/**
 * Reference data: regions (county and township codes), mediation centres and their hierarchy,
 * agencies and dispute types. Read-only for the rest of the application.
 */
package org.mediationdesk.reference;
