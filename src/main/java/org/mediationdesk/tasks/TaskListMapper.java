package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.mediationdesk.process.EngineTask;

/** The task lists' read model, {@code task_list} (see {@link TaskReadModel}). */
@Mapper
interface TaskListMapper {

    int updateTask(EngineTask task);

    void insertTask(EngineTask task);

    int deleteTask(String taskId);

    /** Holds the task's row until the transaction ends; its id, or nothing when there is no row. */
    List<String> lockTask(String taskId);

    /** Holds the rows of the case's tasks until the transaction ends. */
    List<String> lockCase(long caseId);

    void updateCase(@Param("caseId") long caseId, @Param("c") CaseColumns columns);

    List<String> findTaskIds(@Param("after") String after, @Param("max") int max);

    List<Long> findCaseIds(@Param("after") long after, @Param("max") int max);

    long countAll();

    /** The list's first {@code q.limit} task ids in its order (each of its queues read no further than that). */
    List<String> findListed(@Param("q") TaskListQuery query);

    /** These tasks' rows, in no particular order; ids not (or no longer) in the read model have none. */
    List<TaskRow> findRows(@Param("ids") Collection<String> ids);

    /** How many tasks the list holds, counting no further than {@code q.limit} in each of its queues. */
    long countUpTo(@Param("q") TaskListQuery query);

    long countHeld(@Param("assignee") String assignee, @Param("overdueBefore") LocalDateTime overdueBefore);

    /** The case's columns as {@code task_list} stores them. */
    record CaseColumns(String caseNumber, String status, String disputeType, String centreCode, String policeDesk,
                       LocalDateTime overdueSince, LocalDateTime overdueAt, boolean clockRunning,
                       LocalDateTime yellowAt, LocalDateTime redAt, String applicants, String respondents,
                       String partyNames, String riskLevel, String riskFlags, LocalDateTime registeredAt) {
    }
}
