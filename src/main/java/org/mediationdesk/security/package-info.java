/**
 * Users, roles and centre scoping: who may do what, and which centres' cases they see.
 */
package org.mediationdesk.security;
