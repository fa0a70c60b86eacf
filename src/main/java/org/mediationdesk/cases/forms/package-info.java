/** The data each stage of a case asks for, with its validation rules. */
package org.mediationdesk.cases.forms;
