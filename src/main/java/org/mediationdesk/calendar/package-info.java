/**
 * The working-day calendar: public holidays and make-up working days (调休) over Monday to Friday,
 * for deadlines counted in working days. Administrators keep it up to date over the API.
 */
package org.mediationdesk.calendar;
