package org.mediationdesk.dashboard;

import java.util.List;

import org.mediationdesk.reports.CentreFigures;
import org.mediationdesk.tasks.TaskReassignment;

/** A case of the 督办 list with its open tasks, which a manager may move to another mediator. */
record SupervisionRow(CentreFigures.SupervisedCase supervised, List<TaskReassignment.OpenTask> tasks) {
}
