/** Cross-cutting configuration: error responses, the clock. */
package org.mediationdesk.system;
