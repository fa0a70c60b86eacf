/**
 * Work lists and task actions over the JSON API: my tasks and the centre queue, claim, hand back,
 * reassign, and complete a stage with its data. Every action checks role and centre.
 */
package org.mediationdesk.tasks;
