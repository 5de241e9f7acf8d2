package cn.quanze.supervision.domain;

import java.time.LocalDate;

/** 节点: a date and the result expected by then. */
public record Milestone(LocalDate date, String expected) {
}
