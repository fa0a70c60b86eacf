package org.mediationdesk.dashboard;

import java.util.List;

import org.mediationdesk.reports.CentreFigures;
import org.mediationdesk.tasks.TaskReassignment;

/**
 * A case of the 督办 list with its open tasks, which a manager may move to another mediator, and the names of
 * the centres its open round of supervision passed over for having no manager.
 */
record SupervisionRow(CentreFigures.SupervisedCase supervised, List<TaskReassignment.OpenTask> tasks,
                      List<String> passedOver) {
}
