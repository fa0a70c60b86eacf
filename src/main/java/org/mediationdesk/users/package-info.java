/**
 * The administrator's user pages: accounts, their roles and centres, enabling and disabling
 * (the accounts themselves and sign-in are in {@code security}).
 */
package org.mediationdesk.users;
