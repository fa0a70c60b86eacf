package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SavedFilterMapper {

    List<SavedFilter> findByUser(String username);

    Optional<SavedFilter> findOne(@Param("username") String username, @Param("id") long id);

    int deleteByName(@Param("username") String username, @Param("name") String name);

    int delete(@Param("username") String username, @Param("id") long id);

    void insert(@Param("username") String username, @Param("name") String name, @Param("query") String query,
                @Param("at") LocalDateTime at);

    int countByUser(String username);
}
