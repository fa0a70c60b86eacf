/**
 * Rule authoring: versions of the rule set (DRL files and scenario tables) stored in the database,
 * validated, tried on scenarios and on past cases, compared, published with a second person's
 * approval and rolled back; every node polls for the published version and swaps its rules in one
 * step.
 */
package org.mediationdesk.rulesets;
