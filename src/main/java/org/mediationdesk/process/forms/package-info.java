/** What each stage's task asks for ({@link org.mediationdesk.process.Stage#form()}), with its validation rules. */
@NamedInterface("forms")
package org.mediationdesk.process.forms;

import org.springframework.modulith.NamedInterface;
