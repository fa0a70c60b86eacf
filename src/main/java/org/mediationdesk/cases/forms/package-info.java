/** The data of the actions on a case in mediation that do not finish a stage, with their validation rules. */
@NamedInterface("forms")
package org.mediationdesk.cases.forms;

import org.springframework.modulith.NamedInterface;
