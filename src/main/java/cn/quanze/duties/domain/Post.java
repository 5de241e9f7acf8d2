package cn.quanze.duties.domain;

import java.util.List;

/**
 * 岗位 with its 职位说明书: what the post is responsible for, which power items it exercises and the standards it
 * works to. Case steps and supervision tasks can be assigned to a post, not only to a person.
 */
public record Post(String id, String departmentId, String name, String duties, List<String> powerItemIds,
                   String standards, boolean demo) {
    public Post {
        powerItemIds = powerItemIds == null ? List.of() : List.copyOf(powerItemIds);
    }
}
