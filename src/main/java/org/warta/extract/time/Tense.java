package org.warta.extract.time;

/**
 * The direction a clause points in time, used to place an expression that names a day or month without saying
 * which one: PAST takes the latest on or before the publication date, FUTURE the earliest on or after it,
 * UNKNOWN the nearest, ties going to the past. Words inside the expression ("lalu", "depan") override it.
 */
public enum Tense { PAST, FUTURE, UNKNOWN }
