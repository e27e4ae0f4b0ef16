package org.warta.model;

/** The project's one unchecked root exception. Messages name the bad value and where it is. */
public class WartaException extends RuntimeException {
    public WartaException(String message) {
        super(message);
    }

    public WartaException(String message, Throwable cause) {
        super(message, cause);
    }
}
